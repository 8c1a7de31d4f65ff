package com.gjjhall.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for every business service: answers {@code /api/<domain>/openapi} with a tiny document,
 * {@code /actuator/health} as a healthy service does (or not at all while a test {@link #holdHealth holds it}), and
 * any other request with what it received, and remembers every request so a test can tell what got through.
 */
public final class EchoBackend implements AutoCloseable {

    /** What the service saw; header names lowercased. */
    public record Received(String method, String path, Map<String, List<String>> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile CountDownLatch healthHeld;

    public EchoBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Until the returned handle is closed, a health check gets no answer, as from a service that hangs. */
    public AutoCloseable holdHealth() {
        CountDownLatch held = new CountDownLatch(1);
        healthHeld = held;
        return () -> {
            healthHeld = null;
            held.countDown();
        };
    }

    public List<Received> receivedOn(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        String path = exchange.getRequestURI().getRawPath();
        Received request = new Received(exchange.getRequestMethod(), path, headers);
        received.add(request);

        String[] segments = path.split("/");
        Object body;
        if (path.equals("/actuator/health")) {
            awaitRelease(healthHeld);
            body = Map.of("status", "UP", "groups", List.of("liveness", "readiness"));
        } else if (segments.length == 4 && segments[3].equals("openapi")) {
            body = Map.of("openapi", "3.1.0", "info", Map.of("title", segments[2] + "-service", "version", "1"));
        } else {
            body = request;
        }
        byte[] bytes = toJson(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void awaitRelease(CountDownLatch held) {
        if (held == null) {
            return;
        }
        try {
            held.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] toJson(Object body) throws JsonProcessingException {
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
