package com.gjjhall.account.security;

import com.gjjhall.account.it.AccountIT;
import com.gjjhall.testkit.PathSpellings;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * account-service answers every spelling of a protected path as the plain path: the interest settlement and the
 * dead letters are the ops', opening a unit's fund account the clerk's, an employee's account a unit's operator's.
 */
class ProtectedPathsIT extends AccountIT {

    @LocalServerPort
    int port;

    private final TestTokens tokens = TestTokens.get();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void onlyOpsRunTheInterestSettlementOrSeeTheDeadLetters() {
        for (String endpoint : new String[]{"POST /api/account/ops/interest-settlements",
                "GET /api/account/ops/dead-letters", "POST /api/account/ops/dead-letters/redrive",
                "POST /api/account/ops/dead-letters/0@1/redrive"}) {
            PathSpellings.assertEveryAnswer(base(), endpoint, "{\"interestYear\":2026}", null, 401);
            PathSpellings.assertEveryAnswer(base(), endpoint, "{\"interestYear\":2026}",
                    tokens.issue("OP-CLERK", "CENTRE", "CLERK"), 403);
            PathSpellings.assertEveryAnswer(base(), endpoint, "{\"interestYear\":2026}",
                    tokens.issue("OP-A", "U-A", "OPERATOR"), 403);
        }
    }

    @Test
    void onlyAClerkOpensAUnitsFundAccount() {
        String body = "{\"unitId\":\"U-SIDE-DOOR\",\"unitRatePercent\":12,\"personalRatePercent\":12}";
        PathSpellings.assertEveryAnswer(base(), "POST /api/account/units", body, null, 401);
        PathSpellings.assertEveryAnswer(base(), "POST /api/account/units", body,
                tokens.issue("OP-A", "U-A", "OPERATOR"), 403);
    }

    @Test
    void aUnitsEmployeesNeedAToken() {
        for (String endpoint : new String[]{"GET /api/account/employees", "GET /api/account/employees/P1/ledger",
                "GET /api/account/unit/ledger", "GET /api/account/employees/roster.csv"}) {
            PathSpellings.assertEveryAnswer(base(), endpoint, null, 401);
        }
    }
}
