package com.gjjhall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.gjjhall.gateway.support.EchoBackend.Received;
import com.gjjhall.gateway.support.GatewayTestBase;
import com.gjjhall.gateway.support.TestTokens;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class TokenCheckIT extends GatewayTestBase {

    @Test
    void aRequestWithoutATokenIsTurnedAwayWithTheLoginMessage() {
        String path = uniqueAccountPath();

        client.get().uri(path).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gjj-hall/errors/UNAUTHENTICATED")
                .jsonPath("$.title").isEqualTo("未登录或登录已失效")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.detail").isEqualTo("未登录或登录已失效")
                .jsonPath("$.traceId").value(traceId -> assertThat((String) traceId).matches("[0-9a-f]{32}"));
        assertThat(SERVICES.receivedOn(path)).isEmpty();
    }

    @Test
    void aTokenWithAnotherSchemeThanBearerIsTurnedAway() {
        assertTurnedAway(request -> request.header(HttpHeaders.AUTHORIZATION, "Basic b3BlcmF0b3I6c2VjcmV0"));
    }

    @Test
    void aTamperedTokenNeverReachesAService() {
        String genuine = validToken("op-1", "unit-1", "OPERATOR");
        JWTClaimsSet otherUnit = TestTokens.claims("op-1", "unit-2", Instant.now(), "OPERATOR").build();

        assertTurnedAway(bearer(TestTokens.withPayload(genuine, otherUnit)));
    }

    @Test
    void anExpiredTokenNeverReachesAService() {
        JWTClaimsSet anHourOld = TestTokens.claims("op-1", "unit-1", Instant.now().minusSeconds(3600)).build();

        assertTurnedAway(bearer(TestTokens.sign(SIGNING_KEY, anHourOld)));
    }

    @Test
    void aTokenSignedByAnotherKeyNeverReachesAService() {
        JWTClaimsSet claims = TestTokens.claims("op-1", "unit-1", Instant.now()).build();
        ECKey impostorWithTheRealKeyId = TestTokens.newSigningKey(SIGNING_KEY.getKeyID());
        ECKey impostorWithItsOwnKeyId = TestTokens.newSigningKey("made-up-key");

        assertTurnedAway(bearer(TestTokens.sign(impostorWithTheRealKeyId, claims)));
        assertTurnedAway(bearer(TestTokens.sign(impostorWithItsOwnKeyId, claims)));
    }

    @Test
    void anUnsignedTokenNeverReachesAService() {
        JWTClaimsSet claims = TestTokens.claims("op-1", "unit-1", Instant.now(), "OPS").build();

        assertTurnedAway(bearer(TestTokens.unsigned(SIGNING_KEY.getKeyID(), claims)));
    }

    @Test
    void aTokenSignedWithThePublicKeyAsAnHmacSecretNeverReachesAService() {
        JWTClaimsSet claims = TestTokens.claims("op-1", "unit-1", Instant.now(), "OPS").build();

        assertTurnedAway(bearer(TestTokens.hmacWithPublicKey(SIGNING_KEY, claims)));
    }

    @Test
    void aTokenThatNamesNoUnitNeverReachesAService() {
        JWTClaimsSet noUnit = new JWTClaimsSet.Builder(TestTokens.claims("op-1", "x", Instant.now()).build())
                .claim("unit", null).build();

        assertTurnedAway(bearer(TestTokens.sign(SIGNING_KEY, noUnit)));
    }

    @Test
    void aValidTokenReachesTheServiceWhichLearnsTheOperatorFromIt() {
        String token = validToken("op-7", "unit-42", "OPERATOR", "CLERK");

        Received received = forward(client.get().uri(uniqueAccountPath()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));

        assertThat(received.headers().get("x-operator-id")).containsExactly("op-7");
        assertThat(received.headers().get("x-unit-id")).containsExactly("unit-42");
        assertThat(received.headers().get("x-operator-roles")).containsExactly("OPERATOR,CLERK");
        assertThat(received.headers().get("authorization")).as("services verify the token again")
                .containsExactly("Bearer " + token);
    }

    @Test
    void aForgedUnitHeaderNeverReachesAService() {
        String token = validToken("op-7", "unit-42", "OPERATOR");

        Received received = forward(client.post().uri("/api/remittance/remittances")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(TokenCheckFilter.UNIT_ID, "someone-elses-unit")
                .header(TokenCheckFilter.OPERATOR_ID, "admin")
                .header(TokenCheckFilter.OPERATOR_ROLES, "OPS"));

        assertThat(received.headers().get("x-unit-id")).containsExactly("unit-42");
        assertThat(received.headers().get("x-operator-id")).containsExactly("op-7");
        assertThat(received.headers().get("x-operator-roles")).containsExactly("OPERATOR");
    }

    @Test
    void theLoginPathsNeedNoTokenAndCarryNoClientSuppliedIdentity() {
        for (String loginPath : List.of("/api/identity/sessions", "/api/identity/login-challenges")) {
            Received received = forward(client.post().uri(loginPath)
                    .header(TokenCheckFilter.UNIT_ID, "someone-elses-unit")
                    .header(TokenCheckFilter.OPERATOR_ID, "admin")
                    .header(TokenCheckFilter.OPERATOR_ROLES, "OPS"));

            assertThat(received.path()).isEqualTo(loginPath);
            assertThat(received.headers()).doesNotContainKeys("x-unit-id", "x-operator-id", "x-operator-roles");
        }
    }

    @Test
    void theKeySetTheRevocationListAndTheServiceDocumentsAreReadableWithoutAToken() {
        for (String path : List.of("/api/identity/jwks", "/api/identity/crl", "/api/account/openapi",
                "/api/collection/openapi")) {
            client.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    @Test
    void pathsThatOnlyLookLikePublicOnesStillNeedAToken() {
        assertNeedsAToken(client.get().uri("/api/identity/sessions"));
        assertNeedsAToken(client.post().uri("/api/identity/sessions/current"));
        assertNeedsAToken(client.get().uri("/api/account/openapi/../units"));
        assertNeedsAToken(client.get().uri("/api/account/units/openapi"));
        assertNeedsAToken(client.put().uri("/api/account/openapi"));
        assertNeedsAToken(client.post().uri("/api/identity/jwks"));
    }

    @Test
    void aTokenSignedWithANewlyPublishedKeyIsAcceptedWithoutARestart() {
        ECKey rotated = TestTokens.newSigningKey("identity-key-" + UUID.randomUUID());
        KEYS.publish(rotated);
        String token = TestTokens.sign(rotated, TestTokens.claims("op-9", "unit-9", Instant.now()).build());

        Received received = forward(client.get().uri(uniqueAccountPath()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));

        assertThat(received.headers().get("x-operator-id")).containsExactly("op-9");
    }

    private void assertTurnedAway(UnaryOperator<WebTestClient.RequestHeadersSpec<?>> withCredentials) {
        String path = uniqueAccountPath();
        withCredentials.apply(client.get().uri(path)).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        assertThat(SERVICES.receivedOn(path)).as("requests that reached the service").isEmpty();
    }

    private void assertNeedsAToken(WebTestClient.RequestHeadersSpec<?> request) {
        request.exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.title").isEqualTo("未登录或登录已失效");
    }

    private static UnaryOperator<WebTestClient.RequestHeadersSpec<?>> bearer(String token) {
        return request -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private static Received forward(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(Received.class).returnResult().getResponseBody();
    }

    private static String uniqueAccountPath() {
        return "/api/account/units/" + UUID.randomUUID();
    }
}
