package com.gjjhall.messaging.trace;

import org.slf4j.MDC;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id that follows one request across the gateway, every service and Kafka: HTTP header
 * {@code X-Trace-Id}, log MDC key {@code traceId}, Axon metadata {@code traceId}, Kafka header
 * {@code trace_id}.
 */
public final class TraceId {

    public static final String HTTP_HEADER = "X-Trace-Id";
    public static final String MDC_KEY = "traceId";
    public static final String METADATA_KEY = "traceId";

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceId() {
    }

    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The given id when well-formed, a new one otherwise (a client cannot inject text into our logs). */
    public static String orNew(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches() ? candidate : newId();
    }

    /** The current thread's trace id, or empty. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id == null ? "" : id;
    }

    /** Puts {@code id} on this thread until the returned scope closes, restoring what was there. */
    public static Scope open(String id) {
        String previous = MDC.get(MDC_KEY);
        if (id == null || id.isEmpty()) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** A trace scope; closing never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
