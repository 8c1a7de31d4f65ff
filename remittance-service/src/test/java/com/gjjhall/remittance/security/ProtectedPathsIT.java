package com.gjjhall.remittance.security;

import com.gjjhall.remittance.support.RemittanceIT;
import com.gjjhall.testkit.PathSpellings;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * remittance-service answers every spelling of a protected path as the plain path: its dead letters are the ops'
 * (a clerk once read them at {@code /api/remittance/%6Fps/dead-letters}), its orders need a token.
 */
class ProtectedPathsIT extends RemittanceIT {

    @LocalServerPort
    int port;

    private final TestTokens tokens = TestTokens.get();

    @Test
    void onlyOpsSeeOrRedriveTheDeadLetters() {
        String base = "http://localhost:" + port;
        for (String endpoint : new String[]{"GET /api/remittance/ops/dead-letters",
                "POST /api/remittance/ops/dead-letters/redrive", "POST /api/remittance/ops/dead-letters/0@1/redrive"}) {
            PathSpellings.assertEveryAnswer(base, endpoint, null, 401);
            PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-CLERK", "CENTRE", "CLERK"), 403);
            PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-A", "U-A", "OPERATOR"), 403);
        }
    }

    @Test
    void ordersAndResultsNeedAToken() {
        String base = "http://localhost:" + port;
        for (String endpoint : new String[]{"GET /api/remittance/home", "POST /api/remittance/orders/monthly",
                "GET /api/remittance/orders/O-1", "GET /api/remittance/results/12345678901234",
                "POST /api/remittance/cancellations"}) {
            PathSpellings.assertEveryAnswer(base, endpoint, null, 401);
        }
    }
}
