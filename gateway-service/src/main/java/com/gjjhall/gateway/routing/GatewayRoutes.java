package com.gjjhall.gateway.routing;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The only place routes are defined: {@code /api/<domain>/**} goes, unrewritten, to that domain's service. */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.routes().byDomain().forEach((domain, uri) ->
                routes.route(domain, route -> route.path("/api/" + domain + "/**").uri(uri)));
        return routes.build();
    }
}
