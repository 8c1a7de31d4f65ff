package com.gjjhall.identity.security;

import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.testkit.PathSpellings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * identity-service's staff and ops endpoints answer every spelling of their path as they answer the plain path:
 * 401 without a token, 403 for a unit's operator; its public login paths stay public in every spelling.
 */
@IdentityServiceTest
class ProtectedPathsIT {

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void onlyOpsReachTheDeadLettersWhateverTheSpelling() {
        Hall hall = new Hall(http);
        String base = "http://localhost:" + port;
        for (String endpoint : new String[]{"GET /api/identity/ops/dead-letters", "POST /api/identity/ops/dead-letters/redrive",
                "POST /api/identity/ops/dead-letters/0@1/redrive"}) {
            PathSpellings.assertEveryAnswer(base, endpoint, null, 401);
            PathSpellings.assertEveryAnswer(base, endpoint, hall.clerk(), 403);
        }
    }

    @Test
    void onlyAClerkEnrolsUnitsAndIssuesCertificatesWhateverTheSpelling() {
        Hall hall = new Hall(http);
        String base = "http://localhost:" + port;
        String unitId = hall.enrolUnit("路径测试单位");
        String loginName = Hall.newLoginName("path");
        String operatorId = hall.registerOperator(unitId, loginName);
        String operator = hall.tokenOf(loginName, hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2));
        Map<String, String> endpoints = Map.of(
                "POST /api/identity/units",
                "{\"unifiedSocialCreditCode\":\"" + Hall.newCreditCode() + "\",\"unitName\":\"旁门单位\"}",
                "POST /api/identity/operators",
                "{\"unitId\":\"" + unitId + "\",\"loginName\":\"" + Hall.newLoginName("side") + "\","
                        + "\"mobile\":\"13912345678\",\"initialPassword\":\"Side@2026x\"}",
                "POST /api/identity/certificates", "{\"operatorId\":\"" + operatorId + "\"}",
                "PUT /api/identity/operators/" + operatorId, "{\"operatorName\":\"改名\",\"mobile\":\"13912345678\"}",
                "POST /api/identity/operators/" + operatorId + "/credential-resets", "{\"password\":\"Reset@2026x\"}",
                "GET /api/identity/search?q=" + unitId, "");
        endpoints.forEach((endpoint, body) -> {
            PathSpellings.assertEveryAnswer(base, endpoint, body, null, 401);
            PathSpellings.assertEveryAnswer(base, endpoint, body, operator, 403);
        });
    }

    @Test
    void theLoginPathsArePublicInEverySpelling() {
        for (String spelling : PathSpellings.of("/api/identity/login-challenges")) {
            assertThat(PathSpellings.status("http://localhost:" + port, "POST", spelling, null))
                    .as(spelling).isEqualTo(201);
        }
    }
}
