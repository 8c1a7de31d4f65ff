package com.gjjhall.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each business service listens. Bound from {@code gjj.gateway.*}, so
 * {@code GJJ_GATEWAY_ROUTES_ACCOUNT=http://account:8082} moves the account route.
 *
 * @param healthTimeout how long ops' health page waits for one service's health before showing it DOWN
 */
@ConfigurationProperties("gjj.gateway")
public record GatewayProperties(@DefaultValue Routes routes, @DefaultValue("2s") Duration healthTimeout) {

    public GatewayProperties {
        Objects.requireNonNull(routes, "gjj.gateway.routes");
    }

    public record Routes(
            @DefaultValue("http://localhost:8081") URI identity,
            @DefaultValue("http://localhost:8082") URI account,
            @DefaultValue("http://localhost:8083") URI remittance,
            @DefaultValue("http://localhost:8084") URI collection,
            @DefaultValue("http://localhost:8085") URI audit) {

        public Routes {
            requireBaseUri("identity", identity);
            requireBaseUri("account", account);
            requireBaseUri("remittance", remittance);
            requireBaseUri("collection", collection);
            requireBaseUri("audit", audit);
        }

        /** Domain name (the second segment of {@code /api/<domain>/**}) to service base URI, in a stable order. */
        public Map<String, URI> byDomain() {
            Map<String, URI> all = new LinkedHashMap<>();
            all.put("identity", identity);
            all.put("account", account);
            all.put("remittance", remittance);
            all.put("collection", collection);
            all.put("audit", audit);
            return all;
        }

        private static void requireBaseUri(String domain, URI uri) {
            if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "gjj.gateway.routes." + domain + " must be an absolute http(s) URI, was " + uri);
            }
        }
    }
}
