package com.gjjhall.audit.security;

import com.gjjhall.testkit.PathSpellings;
import com.gjjhall.testkit.TestTokens;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit log, its views and rebuilds are the fund centre's ops' alone: every spelling of every ops path gets
 * what the plain path gets, 401 without a token and 403 for a unit's operator or a clerk (the side door of
 * {@code /api;x/audit/ops/log} that once answered 200 with the whole log).
 */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsPathsIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/audit/ops/log",
            "GET /api/audit/ops/log/export",
            "POST /api/audit/ops/log/verify",
            "POST /api/audit/ops/log/rebuild-from-kafka",
            "GET /api/audit/ops/log/rebuild-from-kafka/R-1",
            "GET /api/audit/ops/views",
            "POST /api/audit/ops/views/transactions/rebuilds",
            "GET /api/audit/ops/views/transactions/rebuilds",
            "DELETE /api/audit/ops/views/transactions/rebuilds/R-1",
            "GET /api/audit/ops/volume",
            "GET /api/audit/ops/transactions/T-1",
            "GET /api/audit/ops/dead-letters",
            "POST /api/audit/ops/dead-letters/redrive",
    })
    void onlyOpsReachAnOpsEndpointWhateverItsSpelling(String endpoint) {
        String base = "http://localhost:" + port;
        TestTokens tokens = TestTokens.get();
        PathSpellings.assertEveryAnswer(base, endpoint, null, 401);
        PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-A", "U-A", "OPERATOR"), 403);
        PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-CLERK", "CENTRE", "CLERK"), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/audit/transactions/T-1", "GET /api/audit/transactions"})
    void aUnitsProcessingStatusNeedsAToken(String endpoint) {
        PathSpellings.assertEveryAnswer("http://localhost:" + port, endpoint, null, 401);
    }
}
