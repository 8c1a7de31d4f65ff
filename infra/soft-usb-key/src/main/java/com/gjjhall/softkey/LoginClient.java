package com.gjjhall.softkey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logs in to the online hall with a soft USB key: asks for a single-use challenge, signs it with the key,
 * and sends login name, password, certificate and signature; the answer is the session token.
 */
public final class LoginClient {

    /** How the key hands its signature over: ASN.1 DER, or the raw 64 bytes r‖s of many USB keys. */
    public enum SignatureFormat { DER, RAW }

    /** A successful login. */
    public record Session(String token, String operatorId, String unitId, String expiresAt) {

        @Override
        public String toString() {
            return "Session[operatorId=" + operatorId + ", unitId=" + unitId + ", expiresAt=" + expiresAt + "]";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final HttpClient http;

    public LoginClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public LoginClient(URI baseUrl, HttpClient http) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.http = http;
    }

    public Session login(String loginName, char[] password, UnlockedKey key, SignatureFormat format)
            throws LoginRefusedException {
        String challenge = challenge();
        byte[] data = challenge.getBytes(StandardCharsets.UTF_8);
        byte[] signature = format == SignatureFormat.RAW ? key.signRaw(data) : key.sign(data);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("loginName", loginName);
        body.put("password", new String(password));
        body.put("challenge", challenge);
        body.put("certificate", key.certificatePem());
        body.put("signature", Base64.getEncoder().encodeToString(signature));
        JsonNode session = post("/api/identity/sessions", body);
        return new Session(session.path("token").asText(), session.path("operatorId").asText(),
                session.path("unitId").asText(), session.path("expiresAt").asText());
    }

    /** A fresh challenge from the server: valid once, for a short time. */
    public String challenge() throws LoginRefusedException {
        return post("/api/identity/login-challenges", Map.of()).path("challenge").asText();
    }

    private JsonNode post(String path, Map<String, String> body) throws LoginRefusedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new LoginRefusedException(response.statusCode(), answer.path("code").asText(""),
                        answer.path("title").asText(""), answer.path("detail").asText(""));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
