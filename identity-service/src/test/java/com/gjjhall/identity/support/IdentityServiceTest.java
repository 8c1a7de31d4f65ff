package com.gjjhall.identity.support;

import com.gjjhall.testkit.WithRealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one set-up of identity-service's integration tests (so Spring keeps one context for all of them):
 * real PostgreSQL and Kafka, the demo world with its soft keys under target/, a clock tests move, and
 * operators snapshotted every few events so every test also loads operators from snapshots.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithRealInfrastructure(database = "identity")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gjj.demo.seed=true", "gjj.demo.key-directory=target/demo-keys",
                "gjj.operators.snapshot-every=4"})
@Import(TestClockConfiguration.class)
public @interface IdentityServiceTest {
}
