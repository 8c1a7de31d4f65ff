package com.gjjhall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.gjjhall.gateway.support.GatewayTestBase;
import com.gjjhall.testkit.PathSpellings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The side door once open at the gateway: {@code /api;x/audit/ops/log} answered 200 with the whole log to anyone,
 * and a clerk read {@code /api/audit/%6Fps/views}. Now every spelling of a path gets what the plain path gets, and
 * what reaches a service is the plain path.
 */
class PathSpellingsIT extends GatewayTestBase {

    private static final List<String> OPS_ENDPOINTS = List.of(
            "GET /api/audit/ops/log", "GET /api/audit/ops/log/export", "POST /api/audit/ops/views/transactions/rebuilds",
            "GET /api/audit/ops/views", "GET /api/remittance/ops/dead-letters", "GET /api/collection/ops/dead-letters",
            "POST /api/account/ops/interest-settlements", "POST /api/identity/ops/dead-letters/redrive",
            "POST /api/remittance/ops/dead-letters/0@1/redrive", "GET /api/ops/health");

    @LocalServerPort
    int port;

    private String gateway() {
        return "http://localhost:" + port;
    }

    @Test
    void everySpellingOfAnOpsPathNeedsATokenAndTheOpsRole() {
        String clerk = validToken("op-clerk", "centre", "CLERK");
        String operator = validToken("op-1", "unit-1", "OPERATOR");
        for (String endpoint : OPS_ENDPOINTS) {
            PathSpellings.assertEveryAnswer(gateway(), endpoint, null, 401);
            PathSpellings.assertEveryAnswer(gateway(), endpoint, clerk, 403);
            PathSpellings.assertEveryAnswer(gateway(), endpoint, operator, 403);
        }
        assertThat(SERVICES.receivedOn("/api/remittance/ops/dead-letters")).as("refused requests reached the service")
                .isEmpty();
    }

    @Test
    void whatReachesTheServiceIsThePlainPath() {
        String ops = validToken("op-ops", "centre", "OPS");
        String path = "/api/collection/ops/dead-letters/" + UUID.randomUUID();
        List<String> spellings = PathSpellings.of(path);
        for (String spelling : spellings) {
            assertThat(PathSpellings.status(gateway(), "GET", spelling, ops)).as(spelling).isEqualTo(200);
        }
        assertThat(SERVICES.receivedOn(path)).hasSize(spellings.size());
    }

    @Test
    void everySpellingOfABusinessPathNeedsAToken() {
        String path = "/api/account/employees/" + UUID.randomUUID();
        PathSpellings.assertEveryAnswer(gateway(), "GET " + path, null, 401);
        PathSpellings.assertEveryAnswer(gateway(), "POST /api/remittance/orders/monthly", null, 401);
        assertThat(SERVICES.receivedOn(path)).isEmpty();
    }

    @Test
    void theLoginPathsArePublicInEverySpellingAndArriveAsThePlainPath() {
        for (String spelling : PathSpellings.of("/api/identity/login-challenges")) {
            assertThat(PathSpellings.status(gateway(), "POST", spelling, null)).as(spelling).isEqualTo(200);
        }
        assertThat(SERVICES.receivedOn("/api/identity/login-challenges")).hasSizeGreaterThanOrEqualTo(
                PathSpellings.of("/api/identity/login-challenges").size());
    }
}
