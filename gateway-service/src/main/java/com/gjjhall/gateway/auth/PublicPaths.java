package com.gjjhall.gateway.auth;

import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * The {@code /api/**} requests that need no token (infra/CONVENTIONS.md, "Tokens"). Paths are compared
 * exactly, as the client sent them: any variant (trailing slash, encoding, {@code ;params}) needs a token,
 * so a path the gateway thinks public can never be one a service reads as protected.
 */
final class PublicPaths {

    private static final Set<String> POST_PATHS = Set.of("/api/identity/sessions", "/api/identity/login-challenges");
    private static final Set<String> GET_PATHS = Set.of("/api/identity/jwks", "/api/identity/crl");
    private static final String OPENAPI_SUFFIX = "/openapi";

    private PublicPaths() {
    }

    static boolean isPublic(HttpMethod method, String rawPath) {
        if (HttpMethod.POST.equals(method)) {
            return POST_PATHS.contains(rawPath);
        }
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return GET_PATHS.contains(rawPath) || isServiceOpenApi(rawPath);
        }
        return false;
    }

    /** {@code /api/<domain>/openapi}, with a domain of lowercase letters. */
    private static boolean isServiceOpenApi(String path) {
        if (!path.startsWith("/api/") || !path.endsWith(OPENAPI_SUFFIX)) {
            return false;
        }
        int domainEnd = path.length() - OPENAPI_SUFFIX.length();
        if (domainEnd <= "/api/".length()) {
            return false;
        }
        for (int i = "/api/".length(); i < domainEnd; i++) {
            char c = path.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
