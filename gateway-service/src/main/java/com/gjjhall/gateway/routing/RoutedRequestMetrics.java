package com.gjjhall.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routed calls get their own metric name. By default the gateway records them as
 * {@code http.client.requests}, like WebClient does for the gateway's own calls (key set, OpenAPI
 * documents) but with other tags, and Prometheus then drops one of the two
 * (spring-cloud-gateway issue 3153).
 */
@Configuration(proxyBeanMethods = false)
class RoutedRequestMetrics {

    static final String NAME = "spring.cloud.gateway.http.client.requests";

    @Bean
    GatewayObservationConvention routedRequestObservationConvention() {
        return new DefaultGatewayObservationConvention() {
            @Override
            public String getName() {
                return NAME;
            }
        };
    }
}
