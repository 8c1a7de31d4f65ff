package com.gjjhall.servicekit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * @param jwksUri     identity-service's published token keys
 * @param publicPaths paths (Ant patterns) open without a token, besides every service's OpenAPI document
 */
@ConfigurationProperties("gjj.tokens")
public record SecurityProperties(String jwksUri, @DefaultValue List<String> publicPaths) {
}
