package com.gjjhall.servicekit;

import com.gjjhall.servicekit.errors.ProblemResponses;
import com.gjjhall.servicekit.security.CanonicalPathFilter;
import com.gjjhall.servicekit.security.CurrentOperatorResolver;
import com.gjjhall.servicekit.security.SecurityProperties;
import com.gjjhall.servicekit.security.ServiceSecurityConfiguration;
import com.gjjhall.servicekit.security.TokenVerifier;
import com.gjjhall.servicekit.trace.TraceIdFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** What every service's web side shares: trace ids, token checks and who may reach what, one error format. */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@EnableConfigurationProperties(SecurityProperties.class)
@Import({ProblemResponses.class, ServiceSecurityConfiguration.class})
public class ServiceKitAutoConfiguration {

    /** First of all: every later reader of the path reads the canonical one. */
    @Bean
    FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
        var registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** An encoded slash reaches {@link CanonicalPathFilter}, which reads it as a slash, instead of Tomcat's 400. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheCanonicalPath() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        var registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    TokenVerifier tokenVerifier(SecurityProperties properties) {
        return new TokenVerifier(properties.jwksUri());
    }

    @Bean
    WebMvcConfigurer currentOperatorParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentOperatorResolver());
            }
        };
    }
}
