package com.gjjhall.identity.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** identity-service's own timers (Prometheus text), read before and after a run. */
final class IdentityMetrics {

    /** Total seconds and count of each timer of interest. */
    record Snapshot(Map<String, double[]> timers) {

        double seconds(String timer) {
            return timers.getOrDefault(timer, new double[2])[0];
        }

        double count(String timer) {
            return timers.getOrDefault(timer, new double[2])[1];
        }
    }

    static final String LOGIN = "identity_login_seconds";
    static final String PASSWORD = "identity_password_hashing_seconds";
    static final String CERTIFICATE = "identity_login_certificate_seconds";

    private IdentityMetrics() {
    }

    static Snapshot read(String identityUrl) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(identityUrl + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, double[]> timers = new HashMap<>();
        for (String line : text.split("\n")) {
            for (String timer : new String[] {LOGIN, PASSWORD, CERTIFICATE}) {
                if (line.startsWith(timer + "_sum")) {
                    timers.computeIfAbsent(timer, t -> new double[2])[0] += value(line);
                } else if (line.startsWith(timer + "_count")) {
                    timers.computeIfAbsent(timer, t -> new double[2])[1] += value(line);
                }
            }
        }
        return new Snapshot(timers);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
