package com.gjjhall.gateway.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.path;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The web hall (built from {@code gateway-service/web} into {@code static/}) at {@code /}, beside the API: the page's
 * own addresses ({@code /remittance/orders/R…}, typed or reloaded) all answer the app's {@code index.html}, which is
 * never cached, so a new version reaches every browser at its next load; the hashed files under {@code /assets/}
 * never change and are cached for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebAppRoutes implements WebFluxConfigurer {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    /**
     * An address of the page: a browser's GET for HTML outside /api/, /openapi, /actuator/ and /assets/ whose last
     * segment is no file name.
     */
    private static final RequestPredicate PAGE = GET("/**")
            .and(request -> request.headers().accept().stream()
                    .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype())))
            .and(path("/api/**").negate())
            .and(path("/openapi/**").negate())
            .and(path("/actuator/**").negate())
            .and(path("/assets/**").negate())
            .and(request -> !request.path().substring(request.path().lastIndexOf('/') + 1).contains("."));

    @Bean
    RouterFunction<ServerResponse> webAppPages() {
        return route(PAGE, request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(INDEX)
                : ServerResponse.notFound().build());
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
