package com.gjjhall.gateway.trace;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/** The platform trace id: 32 lowercase hex digits, carried in {@code X-Trace-Id} and the log MDC key {@code traceId}. */
public final class TraceIds {

    public static final String HEADER = "X-Trace-Id";
    public static final String MDC_KEY = "traceId";
    /** Exchange attribute holding the request's trace id, set by {@link TraceIdFilter}. */
    public static final String ATTRIBUTE = TraceIds.class.getName() + ".traceId";

    private TraceIds() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = candidate.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** A random 128-bit id; unpredictability is not needed, only uniqueness, so no SecureRandom. */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high;
        long low;
        do {
            high = random.nextLong();
            low = random.nextLong();
        } while (high == 0 && low == 0);
        return hex16(high) + hex16(low);
    }

    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return id == null ? "" : id;
    }

    /** Runs a log statement with the exchange's trace id in the MDC, so the line shows {@code [trace=…]}. */
    public static void log(ServerWebExchange exchange, Runnable logStatement) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, of(exchange))) {
            logStatement.run();
        }
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
