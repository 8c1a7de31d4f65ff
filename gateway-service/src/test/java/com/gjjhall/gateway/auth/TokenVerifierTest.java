package com.gjjhall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.problem.GatewayException;
import com.gjjhall.gateway.revocation.RevokedTokens;
import com.gjjhall.gateway.support.TestTokens;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class TokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final ECKey KEY = TestTokens.newSigningKey("key-1");

    private final RevokedTokens revoked = new RevokedTokens(Clock.fixed(NOW, ZoneOffset.UTC));
    private final TokenVerifier verifier = new TokenVerifier(
            new SigningKeys(Mono.just(new JWKSet(KEY.toPublicJWK()).toString()), Clock.fixed(NOW, ZoneOffset.UTC),
                    Duration.ofMinutes(10), Duration.ofSeconds(5)),
            revoked, Clock.fixed(NOW, ZoneOffset.UTC), SKEW);

    @Test
    void aTokenRevokedByALogoutIsRefusedWhileTheSameOperatorsOtherTokenStillWorks() {
        JWTClaimsSet loggedOut = TestTokens.claims("op-1", "unit-1", NOW, "OPERATOR").build();
        JWTClaimsSet otherSession = TestTokens.claims("op-1", "unit-1", NOW, "OPERATOR").build();
        revoked.revoke(loggedOut.getJWTID(), loggedOut.getExpirationTime().toInstant());

        assertRefused(new JWTClaimsSet.Builder(loggedOut));
        assertAccepted(new JWTClaimsSet.Builder(otherSession));
    }

    @Test
    void aTokenFromIdentityServiceNamesItsOperatorUnitAndRoles() {
        String token = TestTokens.sign(KEY, TestTokens.claims("op-1", "unit-1", NOW, "OPERATOR", "OPS").build());

        StepVerifier.create(verifier.verify(token))
                .expectNext(new Operator("op-1", "unit-1", List.of("OPERATOR", "OPS")))
                .verifyComplete();
    }

    @Test
    void aTokenWithoutRolesGrantsNone() {
        JWTClaimsSet noRoles = new JWTClaimsSet.Builder(TestTokens.claims("op-1", "unit-1", NOW).build())
                .claim("roles", null).build();

        StepVerifier.create(verifier.verify(TestTokens.sign(KEY, noRoles)))
                .assertNext(operator -> assertThat(operator.roles()).isEmpty())
                .verifyComplete();
    }

    @Test
    void aTokenIsRefusedOnceItHasExpiredBeyondTheClockSkew() {
        Instant issued = NOW.minus(Duration.ofMinutes(15));
        assertAccepted(TestTokens.claims("op-1", "unit-1", issued).expirationTime(Date.from(NOW.minusSeconds(29))));
        assertRefused(TestTokens.claims("op-1", "unit-1", issued).expirationTime(Date.from(NOW.minusSeconds(30))));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW).expirationTime(null));
    }

    @Test
    void aTokenIsRefusedBeforeItsStartTime() {
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW).notBeforeTime(Date.from(NOW.plusSeconds(120))));
        assertAccepted(TestTokens.claims("op-1", "unit-1", NOW).notBeforeTime(Date.from(NOW.plusSeconds(10))));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW.plusSeconds(600)));
    }

    @Test
    void aTokenMustNameAnOperatorAndAUnit() {
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW).subject(null));
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW).claim("unit", null));
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW).claim("unit", " "));
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW).claim("unit", 42));
    }

    @Test
    void claimsThatCouldSplitOrForgeHeadersAreRefused() {
        assertRefused(TestTokens.claims("op-1\r\nX-Unit-Id: other", "unit-1", NOW));
        assertRefused(TestTokens.claims("op-1", "unit-1", NOW, "OPERATOR,OPS"));
    }

    @Test
    void onlyEs256SignaturesByAPublishedKeyAreAccepted() {
        JWTClaimsSet claims = TestTokens.claims("op-1", "unit-1", NOW).build();

        assertRefused(TestTokens.unsigned(KEY.getKeyID(), claims));
        assertRefused(TestTokens.hmacWithPublicKey(KEY, claims));
        assertRefused(TestTokens.sign(TestTokens.newSigningKey(KEY.getKeyID()), claims));
        assertRefused(TestTokens.sign(TestTokens.newSigningKey("unpublished"), claims));
    }

    @Test
    void aChangedPayloadBreaksTheSignature() {
        String genuine = TestTokens.sign(KEY, TestTokens.claims("op-1", "unit-1", NOW).build());

        assertRefused(TestTokens.withPayload(genuine, TestTokens.claims("op-1", "unit-2", NOW).build()));
    }

    @Test
    void somethingThatIsNotATokenIsRefused() {
        assertRefused("not-a-token");
        assertRefused("a.b.c");
    }

    private void assertAccepted(JWTClaimsSet.Builder claims) {
        StepVerifier.create(verifier.verify(TestTokens.sign(KEY, claims.build()))).expectNextCount(1).verifyComplete();
    }

    private void assertRefused(JWTClaimsSet.Builder claims) {
        assertRefused(TestTokens.sign(KEY, claims.build()));
    }

    private void assertRefused(String token) {
        StepVerifier.create(verifier.verify(token))
                .expectErrorSatisfies(failure -> assertThat(failure)
                        .isInstanceOfSatisfying(GatewayException.class,
                                refusal -> assertThat(refusal.error()).isEqualTo(GatewayError.UNAUTHENTICATED)))
                .verify();
    }
}
