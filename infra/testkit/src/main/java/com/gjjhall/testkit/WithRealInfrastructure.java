package com.gjjhall.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class a real PostgreSQL database and a real Kafka broker, and points Spring Boot at them
 * ({@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}). Put it before
 * {@code @SpringBootTest} so the properties are set before the context starts; contexts stay reusable.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RealInfrastructureExtension.class)
public @interface WithRealInfrastructure {

    /** The database this test's service uses: one per service, shared by the test classes of a JVM. */
    String database() default "service";
}
