package com.gjjhall.account.it;

import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceEntered;
import com.gjjhall.contracts.remittance.RemittanceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import com.gjjhall.account.AccountError;
import com.gjjhall.account.unit.UnitAccountNumbers;
import com.gjjhall.servicekit.errors.BusinessException;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** 单位账户管理: rates, departments and moves, unit information, closure, each published. */
class UnitAccountIT extends AccountIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ratesAreWholePercentsFromFiveToTwelveAndChangeFromAMonthNotYetEntered() {
        String unit = api.newUnit();
        String operator = Api.operatorOf(unit);
        Api.Answer tooHigh = api.call(HttpMethod.PUT, "/api/account/unit/rates", operator,
                Map.of("unitRatePercent", 13, "personalRatePercent", 4, "effectiveMonth", YearMonth.now().toString()));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.body().path("errors").findValuesAsText("field")).containsExactly("单位缴存比例", "个人缴存比例");

        YearMonth month = YearMonth.now();
        String order = UUID.randomUUID().toString();
        Api.publish(new RemittanceEntered(order, unit, RemittanceKind.MONTHLY, List.of(month), 0, 0, "OP1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from remittance_order where order_id = ?", Integer.class, order) == 1);
        Api.Answer entered = api.call(HttpMethod.PUT, "/api/account/unit/rates", operator,
                Map.of("unitRatePercent", 10, "personalRatePercent", 8, "effectiveMonth", month.toString()));
        assertThat(entered.status()).isEqualTo(409);

        Api.Answer changed = api.call(HttpMethod.PUT, "/api/account/unit/rates", operator,
                Map.of("unitRatePercent", 10, "personalRatePercent", 8, "effectiveMonth", month.plusMonths(1).toString()));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("unitRatePercent").asInt()).isEqualTo(10);
        assertThat(Api.published(Topics.ACCOUNT, unit, found -> found.stream()
                .anyMatch(e -> e.has("effectiveMonth")))).anySatisfy(e -> {
                    assertThat(e.path("personalRatePercent").asInt()).isEqualTo(8);
                    assertThat(e.path("effectiveMonth").asText()).isEqualTo(month.plusMonths(1).toString());
                });
    }

    @Test
    void departmentsAreMaintainedEmployeesMovedBetweenThemAndSummarised() {
        String unit = api.newUnit();
        String operator = Api.operatorOf(unit);
        String finance = api.call(HttpMethod.POST, "/api/account/unit/departments", operator, Map.of("name", "财务部"))
                .text("departmentId");
        String sales = api.call(HttpMethod.POST, "/api/account/unit/departments", operator, Map.of("name", "销售部"))
                .text("departmentId");
        assertThat(api.call(HttpMethod.POST, "/api/account/unit/departments", operator, Map.of("name", "财务部")).status())
                .isEqualTo(409);
        String account = api.openEmployee(unit, Api.newIdNumber(), "蒋五", "10000", YearMonth.now().toString())
                .text("personalAccountNumber");
        Api.Answer moved = api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/department", operator,
                Map.of("departmentId", finance));
        assertThat(moved.text("departmentName")).isEqualTo("财务部");

        Api.Answer notEmpty = api.call(HttpMethod.DELETE, "/api/account/unit/departments/" + finance, operator, null);
        assertThat(notEmpty.status()).isEqualTo(409);
        assertThat(notEmpty.text("title")).isEqualTo("部门下尚有职工，不能删除");
        assertThat(api.call(HttpMethod.PUT, "/api/account/unit/departments/" + finance, operator, Map.of("name", "财务中心"))
                .status()).isEqualTo(200);

        Api.Answer summary = api.call(HttpMethod.GET, "/api/account/unit/departments/summary", operator, null);
        assertThat(summary.body().get(0).path("departmentName").asText()).isEqualTo("财务中心");
        assertThat(summary.body().get(0).path("active").asInt()).isEqualTo(1);
        assertThat(summary.body().get(0).path("monthlyDepositTotal").asText()).isEqualTo("2400.00");

        assertThat(api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/department", operator,
                Map.of("departmentId", sales)).text("departmentName")).isEqualTo("销售部");
        assertThat(api.call(HttpMethod.DELETE, "/api/account/unit/departments/" + finance, operator, null).status())
                .isEqualTo(200);
    }

    @Test
    void aUnitAccountClosesOnlyWhenNoEmployeeContributesAndTheBalanceIsZero() {
        String unit = api.newUnit();
        String operator = Api.operatorOf(unit);
        YearMonth month = YearMonth.now();
        String account = api.openEmployee(unit, Api.newIdNumber(), "沈六", "8000", month.toString()).text("personalAccountNumber");
        Api.Answer refused = api.call(HttpMethod.POST, "/api/account/unit/closure", operator, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("title")).isEqualTo("单位尚有正常缴存的职工或账户余额不为零，不能注销单位账户");

        assertThat(api.call(HttpMethod.POST, "/api/account/employees/" + account + "/seal", operator,
                Map.of("reason", "离职")).status()).isEqualTo(200);
        Api.Answer closed = api.call(HttpMethod.POST, "/api/account/unit/closure", operator, null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("closed").asBoolean()).isTrue();
        assertThat(api.openEmployee(unit, Api.newIdNumber(), "韩七", "8000", month.toString()).text("title"))
                .isEqualTo("单位账户已注销");
    }

    @Test
    void unitInformationChangesWithAValidPhoneOnly() {
        String unit = api.newUnit();
        String operator = Api.operatorOf(unit);
        Api.Answer bad = api.call(HttpMethod.PUT, "/api/account/unit/info", operator,
                Map.of("address", "武汉市洪山区", "contactName", "杨八", "contactPhone", "12345"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").findValuesAsText("field")).containsExactly("联系电话");
        Api.Answer good = api.call(HttpMethod.PUT, "/api/account/unit/info", operator,
                Map.of("address", "武汉市洪山区珞喻路1号", "contactName", "杨八", "contactPhone", "027-87654321"));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.text("contactPhone")).isEqualTo("027-87654321");
    }

    @Test
    void theUnitLedgerShowsACreditedRemittanceWithItsHeadcount() {
        String unit = api.newUnit();
        YearMonth month = YearMonth.now();
        String a = api.openEmployee(unit, Api.newIdNumber(), "朱九", "8000", month.toString()).text("personalAccountNumber");
        String b = api.openEmployee(unit, Api.newIdNumber(), "秦十", "8000", month.toString()).text("personalAccountNumber");
        Api.publish(new com.gjjhall.contracts.remittance.RemittanceCredited(UUID.randomUUID().toString(), "20261199000001",
                unit, RemittanceKind.MONTHLY, 384_000, 1, 1,
                List.of(new CreditedLine(a, month, 96_000, 96_000), new CreditedLine(b, month, 96_000, 96_000)), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.call(HttpMethod.GET, "/api/account/unit/ledger", Api.operatorOf(unit), null).body().path("total").asInt() == 1);
        var entry = api.call(HttpMethod.GET, "/api/account/unit/ledger", Api.operatorOf(unit), null).body().path("items").get(0);
        assertThat(entry.path("businessType").asText()).isEqualTo("汇缴");
        assertThat(entry.path("amount").asText()).isEqualTo("3840.00");
        assertThat(entry.path("headcount").asInt()).isEqualTo(2);
        assertThat(entry.path("summary").asText()).contains(month.toString()).contains("20261199000001");
    }

    @Autowired
    UnitAccountNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoOpeningsOfOneUnitAtOnceLeaveOneAccountAndTellTheOtherItIsOpened() throws Exception {
        String unit = "U-RACE-" + UUID.randomUUID();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            String number = numbers.claim(null, unit);
            firstClaimed.countDown();
            // Commit only once the second opening is held up inserting its claim behind this one.
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like 'insert into unit_account_number_claim%'""",
                    Integer.class) > 0);
            return number;
        }));
        firstClaimed.await();
        CompletableFuture<BusinessException> second = CompletableFuture.supplyAsync(() -> transactions.execute(tx ->
                catchThrowableOfType(BusinessException.class, () -> numbers.claim(null, unit))));

        String number = first.get();
        assertThat(second.get().code()).isEqualTo(AccountError.UNIT_ACCOUNT_EXISTS);
        assertThat(jdbc.queryForObject("select unit_account_number from unit_account_number_claim where unit_id = ?",
                String.class, unit)).isEqualTo(number);
    }
}
