package com.gjjhall.account.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator acts for their own unit only: another unit's employees are not found, and nothing about them leaks. */
class UnitIsolationIT extends AccountIT {

    @Test
    void anOperatorOfUnitACannotReadOrChangeAnEmployeeOfUnitB() {
        String unitA = api.newUnit();
        String unitB = api.newUnit();
        String account = api.openEmployee(unitB, Api.newIdNumber(), "秦岚", "8800", YearMonth.now().toString())
                .text("personalAccountNumber");
        String operatorA = Api.operatorOf(unitA);

        for (Api.Answer answer : new Api.Answer[]{
                api.call(HttpMethod.GET, "/api/account/employees/" + account, operatorA, null),
                api.call(HttpMethod.GET, "/api/account/employees/" + account + "/ledger", operatorA, null),
                api.call(HttpMethod.POST, "/api/account/employees/" + account + "/seal", operatorA, Map.of("reason", "离职")),
                api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/base", operatorA, Map.of("base", "9000")),
                api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/personal-info", operatorA,
                        Map.of("name", "改名字"))}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.text("title")).isEqualTo("个人账户不存在");
            assertThat(answer.body().toString()).doesNotContain("秦岚").doesNotContain(account + "\"");
        }
        assertThat(api.call(HttpMethod.GET, "/api/account/employees?name=秦岚", operatorA, null).body().path("total").asInt())
                .isZero();
        ResponseEntity<byte[]> roster = api.download("/api/account/employees/roster.csv", operatorA);
        assertThat(new String(roster.getBody(), StandardCharsets.UTF_8)).doesNotContain("秦岚");

        Api.Answer untouched = api.call(HttpMethod.GET, "/api/account/employees/" + account, Api.operatorOf(unitB), null);
        assertThat(untouched.text("statusCode")).isEqualTo("01");
        assertThat(untouched.text("name")).isEqualTo("秦岚");
        assertThat(untouched.text("base")).isEqualTo("8800.00");
    }

    @Test
    void onlyAClerkOpensUnitAccountsAndOnlyOpsSettleInterest() {
        String unit = api.newUnit();
        Api.Answer byOperator = api.call(HttpMethod.POST, "/api/account/units", Api.operatorOf(unit),
                Map.of("unitId", "U-SELF", "unitName", "自开单位", "unitRatePercent", 12, "personalRatePercent", 12));
        assertThat(byOperator.status()).isEqualTo(403);
        Api.Answer settle = api.call(HttpMethod.POST, "/api/account/ops/interest-settlements", Api.operatorOf(unit),
                Map.of("interestYear", 2026));
        assertThat(settle.status()).isEqualTo(403);
        Api.Answer noToken = api.call(HttpMethod.GET, "/api/account/unit", null, null);
        assertThat(noToken.status()).isEqualTo(401);
    }
}
