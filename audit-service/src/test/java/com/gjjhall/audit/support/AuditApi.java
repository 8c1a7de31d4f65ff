package com.gjjhall.audit.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.testkit.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

/** Calls audit-service as an operator of a unit or as the fund centre's ops would, with real tokens. */
public final class AuditApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    public AuditApi(TestRestTemplate http) {
        this.http = http;
    }

    public static String operatorOf(String unitId) {
        return TestTokens.get().issue("OP-" + UUID.randomUUID(), unitId, "OPERATOR");
    }

    public static String ops() {
        return TestTokens.get().issue("OPS-" + UUID.randomUUID(), "CENTRE", "OPS");
    }

    public ResponseEntity<String> get(String token, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
    }

    public ResponseEntity<String> post(String token, String path, String body) {
        HttpHeaders headers = headers(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<String> delete(String token, String path) {
        return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers(token)), String.class);
    }

    /** The body of a successful answer, as JSON; fails on any other status. */
    public JsonNode json(ResponseEntity<String> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("expected success, got " + response.getStatusCode() + ": " + response.getBody());
        }
        return parse(response.getBody());
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
