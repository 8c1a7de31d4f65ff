package com.gjjhall.identity.session;

import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.testkit.MutableClock;
import com.gjjhall.identity.support.PublishedEvents;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.util.Base64;

import static com.gjjhall.identity.support.PublishedEvents.has;
import static org.assertj.core.api.Assertions.assertThat;

/** Tokens: short-lived, signed, refused when tampered with, expired or logged out. */
@IdentityServiceTest
class SessionTokensIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void afterLogoutTheTokenIsRefusedAndTheRevocationIsPublished(Infrastructure infrastructure) {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("logout");
        String operatorId = hall.registerOperator(hall.enrolUnit("退出单位"), name);
        String token = hall.tokenOf(name, hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2));
        assertThat(hall.call(HttpMethod.GET, "/api/identity/operators/current", token, null).getStatusCode().value())
                .isEqualTo(200);

        assertThat(hall.call(HttpMethod.DELETE, "/api/identity/sessions/current", token, null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(hall.call(HttpMethod.GET, "/api/identity/operators/current", token, null).getStatusCode().value())
                .isEqualTo(401);
        PublishedEvents.awaitFor(infrastructure, operatorId, has("identity.SessionRevoked.v1"));
    }

    @Test
    void aTamperedTokenIsRefused() {
        Hall hall = new Hall(http);
        String token = hall.clerk();
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String elevated = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"CLERK\"", "\"OPS\"").getBytes());
        String tampered = parts[0] + "." + elevated + "." + parts[2];
        assertThat(hall.call(HttpMethod.GET, "/api/identity/operators/current", tampered, null).getStatusCode().value())
                .isEqualTo(401);
        assertThat(hall.call(HttpMethod.GET, "/api/identity/operators/current",
                TestTokens.get().issue("OP-DEMO-CLERK", "U-CENTRE", "CLERK"), null).getStatusCode().value())
                .as("signed, but not by identity-service").isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Hall hall = new Hall(http);
        clock.advance(Duration.ofHours(-2));
        String issuedTwoHoursAgo = hall.clerk();
        clock.reset();
        assertThat(hall.call(HttpMethod.GET, "/api/identity/operators/current", issuedTwoHoursAgo, null)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theTokenKeysArePublicAndTheTokenSaysWhoActsForWhichUnit() {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("claims");
        String unitId = hall.enrolUnit("令牌单位");
        TestKey key = hall.issueForOwnKey(hall.registerOperator(unitId, name), KeyAlgorithm.ECDSA_P256);
        String token = hall.tokenOf(name, key);
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"unit\":\"" + unitId + "\"").contains("\"login\":\"" + name + "\"")
                .contains("\"roles\":[\"OPERATOR\"]").contains("\"jti\"");
        assertThat(http.getForEntity("/api/identity/jwks", String.class).getBody()).contains("\"kty\":\"EC\"")
                .doesNotContain("\"d\"");
    }
}
