package com.gjjhall.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spellings an attacker tries to slip a protected path past a check written for the plain path: an encoded
 * letter (lower- and upper-case hex), a path parameter on any segment, {@code .} and {@code ..} segments (plain and
 * encoded), doubled slashes, an encoded slash (lower- and upper-case), a trailing slash. {@link #assertEveryAnswer} sends each
 * over real HTTP (the JDK client sends the path as written) so a test can assert that every spelling gets exactly
 * what the plain path gets.
 */
public final class PathSpellings {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PathSpellings() {
    }

    /** {@code path} and its other spellings; {@code path} is absolute, {@code /api/<domain>/...}. */
    public static List<String> of(String path) {
        String[] s = path.substring(1).split("/");
        if (s.length < 3) {
            throw new IllegalArgumentException("a path of three segments or more, like /api/audit/ops: " + path);
        }
        List<String> spellings = new ArrayList<>();
        spellings.add(path);
        String third = s[2];
        spellings.add(replace(s, 2, String.format("%%%02x", (int) third.charAt(0)) + third.substring(1)));
        spellings.add(replace(s, 2, String.format("%%%02X", (int) third.charAt(0)) + third.substring(1)));
        for (int i = 0; i < s.length; i++) {
            spellings.add(replace(s, i, s[i] + ";x"));
        }
        spellings.add(replace(s, 0, s[0] + "/."));
        spellings.add(replace(s, 0, s[0] + "/%2E"));
        spellings.add(replace(s, 0, s[0] + "/%2e"));
        spellings.add(replace(s, 1, "x/../" + s[1]));
        spellings.add(replace(s, 1, "x/%2E%2E/" + s[1]));
        spellings.add("/" + path);
        spellings.add(replace(s, 1, "/" + s[1]));
        if (s.length >= 4) {
            spellings.add(joined(s, 2, "%2F"));
            spellings.add(joined(s, 2, "%2f"));
        } else {
            spellings.add(joined(s, 1, "%2F"));
        }
        spellings.add(path + "/");
        return spellings;
    }

    /**
     * Fails unless every spelling of the endpoint's path (written {@code "GET /api/..."}) gets {@code expected}; the
     * failure lists each spelling that got something else, and what. A body-taking method sends {@code {}}.
     */
    public static void assertEveryAnswer(String baseUrl, String endpoint, String token, int expected) {
        assertEveryAnswer(baseUrl, endpoint, "{}", token, expected);
    }

    /**
     * The same with a request body ({@code null}: none): an endpoint that checks its role itself reads (and validates) its body first,
     * so a wrong role is told 403 only for a body it would otherwise take.
     */
    public static void assertEveryAnswer(String baseUrl, String endpoint, String body, String token, int expected) {
        int space = endpoint.indexOf(' ');
        String method = endpoint.substring(0, space);
        String path = endpoint.substring(space + 1);
        Map<String, Integer> wrong = new LinkedHashMap<>();
        for (String spelling : of(path)) {
            int status = status(baseUrl, method, spelling, body, token);
            if (status != expected) {
                wrong.put(spelling, status);
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(endpoint + (token == null ? " without a token" : " with the token given")
                    + ": expected " + expected + " for every spelling, but " + wrong);
        }
    }

    /** The status one request gets; a body-taking method sends {@code {}}. */
    public static int status(String baseUrl, String method, String rawPath, String token) {
        return status(baseUrl, method, rawPath, "{}", token);
    }

    /** The status one request gets; GET and DELETE send no body. */
    public static int status(String baseUrl, String method, String rawPath, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + rawPath))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") || method.equals("DELETE")
                        || body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String replace(String[] segments, int index, String with) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            path.append('/').append(i == index ? with : segments[i]);
        }
        return path.toString();
    }

    private static String joined(String[] segments, int index, String slash) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            path.append(i == index + 1 ? slash : "/").append(segments[i]);
        }
        return path.toString();
    }
}
