package com.gjjhall.gateway.problem;

/** The platform's {@code application/problem+json} body (see infra/CONVENTIONS.md, "Errors"). */
public record Problem(String type, String title, int status, String code, String detail, String traceId) {

    public static Problem of(GatewayError error, String traceId) {
        return new Problem("https://gjj-hall/errors/" + error.name(), error.message(), error.status().value(),
                error.name(), error.message(), traceId);
    }
}
