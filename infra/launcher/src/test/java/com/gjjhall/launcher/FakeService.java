package com.gjjhall.launcher;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a Spring Boot service in tests: answers /actuator/health with UP, or dies at once. */
public final class FakeService {

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("fail")) {
            System.out.println("Starting FakeService");
            System.out.println("APPLICATION FAILED TO START: database unreachable");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("listening on " + port);
    }
}
