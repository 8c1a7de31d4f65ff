package com.gjjhall.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the JVM's infrastructure once and hands it to Spring (system properties) and to tests
 * (parameters); services under test verify tokens from {@link TestTokens}.
 */
public final class RealInfrastructureExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        Infrastructure infrastructure = RealInfrastructure.get();
        String database = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithRealInfrastructure.class)
                .map(WithRealInfrastructure::database).orElse("service");
        System.setProperty("spring.datasource.url", infrastructure.jdbcUrl(database));
        System.setProperty("spring.datasource.username", infrastructure.username());
        System.setProperty("spring.datasource.password", infrastructure.password());
        System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        System.setProperty("gjj.tokens.jwks-uri", TestTokens.get().jwksUri());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Infrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return RealInfrastructure.get();
    }
}
