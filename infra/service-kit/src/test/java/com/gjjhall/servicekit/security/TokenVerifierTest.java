package com.gjjhall.servicekit.security;

import com.gjjhall.testkit.MutableClock;
import com.gjjhall.testkit.TestTokens;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client sends the same token with every request: its signature is checked once, its expiry every time, and
 * a token that differs in anything is checked in full.
 */
class TokenVerifierTest {

    private final TestTokens tokens = TestTokens.get();
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger keyLookups = new AtomicInteger();
    private final TokenVerifier verifier = new TokenVerifier(countingKeys(), clock);

    @Test
    void theSameTokenIsVerifiedOnceAndThenOnlyItsExpiryIsChecked() {
        String token = tokens.issue("OP1", "U1", "OPERATOR");
        for (int i = 0; i < 50; i++) {
            CurrentOperator operator = verifier.verify(token);
            assertThat(operator.operatorId()).isEqualTo("OP1");
            assertThat(operator.unitId()).isEqualTo("U1");
        }
        assertThat(keyLookups).hasValue(1);
        verifier.verify(tokens.issue("OP2", "U1", "OPERATOR"));
        assertThat(keyLookups).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        String token = tokens.issue("OP1", "U1", "OPERATOR");
        verifier.verify(token);
        clock.advance(Duration.ofMinutes(29));
        assertThat(verifier.verify(token).operatorId()).isEqualTo("OP1");
        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aTokenAlteredAfterTheGenuineOneWasAcceptedIsStillRefused() {
        String genuine = tokens.issue("OP1", "U1", "OPERATOR");
        verifier.verify(genuine);
        String[] parts = genuine.split("\\.");
        String otherClaims = tokens.issue("OP1", "U2", "OPERATOR").split("\\.")[1];
        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + otherClaims + "." + parts[2]))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(genuine + "x")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(tokens.expired("OP1", "U1", "OPERATOR")))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void manyDifferentTokensDoNotGrowTheMemoryWithoutBound() {
        TokenVerifier verifier = new TokenVerifier(countingKeys(), clock, 5);
        String first = tokens.issue("FIRST", "U1", "OPERATOR");
        verifier.verify(first);
        for (int i = 0; i < 5; i++) {
            verifier.verify(tokens.issue("OP" + i, "U1", "OPERATOR"));
        }
        int beforeForgotten = keyLookups.get();
        verifier.verify(first);
        assertThat(keyLookups).as("forgotten when the memory was full, so verified again").hasValue(beforeForgotten + 1);
        String last = tokens.issue("LAST", "U1", "OPERATOR");
        assertThat(verifier.verify(last).operatorId()).isEqualTo("LAST");
        int lookups = keyLookups.get();
        verifier.verify(last);
        assertThat(keyLookups).hasValue(lookups);
    }

    private JWKSource<SecurityContext> countingKeys() {
        JWKSet keys = load(tokens.jwksUri());
        return (JWKSelector selector, SecurityContext context) -> {
            keyLookups.incrementAndGet();
            return selector.select(keys);
        };
    }

    private static JWKSet load(String uri) {
        try {
            return JWKSet.load(URI.create(uri).toURL());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
