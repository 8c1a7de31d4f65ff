package com.gjjhall.collection;

import com.gjjhall.testkit.PathSpellings;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * collection-service answers every spelling of a protected path as the plain path: its dead letters are the ops',
 * the bank counter's registration, list of a unit's applications and confirmation the clerk's, a unit's agreement
 * needs a token.
 */
class ProtectedPathsIT extends CollectionTestBase {

    @LocalServerPort
    int port;

    private final TestTokens tokens = TestTokens.get();

    @Test
    void onlyOpsSeeOrRedriveTheDeadLetters() {
        String base = "http://localhost:" + port;
        for (String endpoint : new String[]{"GET /api/collection/ops/dead-letters",
                "POST /api/collection/ops/dead-letters/redrive", "POST /api/collection/ops/dead-letters/0@1/redrive"}) {
            PathSpellings.assertEveryAnswer(base, endpoint, null, 401);
            PathSpellings.assertEveryAnswer(base, endpoint, clerk, 403);
            PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-A", "U-A", "OPERATOR"), 403);
        }
    }

    @Test
    void onlyAClerkRegistersOrConfirmsAtTheCounter() {
        String base = "http://localhost:" + port;
        String operator = tokens.issue("OP-A", "U-A", "OPERATOR");
        String registration = "{\"accounts\":[{\"bankCode\":\"ICBC\",\"accountNumber\":\"6222000000000001\","
                + "\"accountName\":\"测试单位\"}]}";
        String register = "POST /api/collection/agreements/U-A/registrations";
        String confirm = "POST /api/collection/agreement-applications/AP-1/confirmation";
        PathSpellings.assertEveryAnswer(base, register, registration, null, 401);
        PathSpellings.assertEveryAnswer(base, register, registration, operator, 403);
        PathSpellings.assertEveryAnswer(base, confirm, null, 401);
        PathSpellings.assertEveryAnswer(base, confirm, operator, 403);
        String applications = "GET /api/collection/agreements/U-A/applications";
        PathSpellings.assertEveryAnswer(base, applications, null, 401);
        PathSpellings.assertEveryAnswer(base, applications, operator, 403);
    }
}
