package com.gjjhall.identity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.Signatures;
import com.gjjhall.softkey.SignerId;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Operators set up through the gateway as a clerk would (units, operators, certificates), and their logins. */
final class BenchOperators {

    /** An operator with the key its certificate was issued for. */
    record Operator(String loginName, PrivateKey key, KeyAlgorithm algorithm, String certificatePem) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String gatewayUrl;

    BenchOperators(HttpClient http, String gatewayUrl) {
        this.http = http;
        this.gatewayUrl = gatewayUrl;
    }

    /** {@code units} units with two operators each; every fourth operator has an ECDSA P-256 key, the rest SM2. */
    List<Operator> create(int units) throws Exception {
        String clerk = post("/api/identity/sessions", null, Map.of("loginName", "demo-clerk", "password", Hall.PASSWORD))
                .get("token").asText();
        List<Operator> operators = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            String unitId = post("/api/identity/units", clerk, Map.of("unifiedSocialCreditCode", Hall.newCreditCode(),
                    "unitName", "压测单位" + u)).get("unitId").asText();
            for (int o = 0; o < 2; o++) {
                String loginName = Hall.newLoginName("bench" + u + "-" + o);
                String operatorId = post("/api/identity/operators", clerk, Map.of("unitId", unitId, "loginName", loginName,
                        "mobile", "13912345678", "initialPassword", Hall.PASSWORD)).get("operatorId").asText();
                KeyAlgorithm algorithm = operators.size() % 4 == 3 ? KeyAlgorithm.ECDSA_P256 : KeyAlgorithm.SM2;
                KeyPair pair = algorithm.generateKeyPair();
                JsonNode issued = post("/api/identity/certificates", clerk, Map.of("operatorId", operatorId,
                        "algorithm", algorithm.name(), "certificationRequest", Hall.csr(pair, algorithm)));
                operators.add(new Operator(loginName, pair.getPrivate(), algorithm, issued.get("certificate").asText()));
            }
        }
        return operators;
    }

    /** One whole login through the gateway: a challenge, the signature, the session. Returns the token. */
    String login(Operator operator) throws Exception {
        String challenge = post("/api/identity/login-challenges", null, Map.of()).get("challenge").asText();
        String signature = Base64.getEncoder().encodeToString(Signatures.sign(operator.key(), operator.algorithm(),
                SignerId.DEFAULT, challenge.getBytes(StandardCharsets.UTF_8)));
        return post("/api/identity/sessions", null, Map.of("loginName", operator.loginName(), "password", Hall.PASSWORD,
                "challenge", challenge, "certificate", operator.certificatePem(), "signature", signature))
                .get("token").asText();
    }

    private JsonNode post(String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }
}
