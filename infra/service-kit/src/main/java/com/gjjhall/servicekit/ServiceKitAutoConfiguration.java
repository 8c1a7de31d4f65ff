package com.gjjhall.servicekit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.servicekit.errors.ProblemResponses;
import com.gjjhall.servicekit.security.CurrentOperatorResolver;
import com.gjjhall.servicekit.security.SecurityProperties;
import com.gjjhall.servicekit.security.TokenAuthenticationFilter;
import com.gjjhall.servicekit.security.TokenVerifier;
import com.gjjhall.servicekit.trace.TraceIdFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** What every service's web side shares: trace ids, token checks, one error format. */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
@Import(ProblemResponses.class)
public class ServiceKitAutoConfiguration {

    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        var registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    TokenVerifier tokenVerifier(SecurityProperties properties) {
        return new TokenVerifier(properties.jwksUri());
    }

    @Bean
    FilterRegistrationBean<TokenAuthenticationFilter> tokenAuthenticationFilter(
            TokenVerifier verifier, SecurityProperties properties, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(
                new TokenAuthenticationFilter(verifier, properties.publicPaths(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
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
