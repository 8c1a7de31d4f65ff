package com.gjjhall.account.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCancelled;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceEntered;
import com.gjjhall.contracts.remittance.RemittanceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sealing and unsealing follow the unit's remittances as remittance-service reports them (guide 三.3). */
class RemittanceTimingIT extends AccountIT {

    private static final AtomicLong AUDIT = new AtomicLong(20261100000000L + (System.nanoTime() % 1_000_000) * 100);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSealIsRefusedWhileTheLastMonthIsNotCreditedAndTakesEffectTheMonthAfterOnceItIs() {
        String unit = api.newUnit();
        YearMonth month = YearMonth.now();
        String account = api.openEmployee(unit, Api.newIdNumber(), "孙丽", "8000", month.toString()).text("personalAccountNumber");
        String order = entered(unit, month);

        Api.Answer refused = seal(unit, account);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("title")).isEqualTo("封存请在该职工最后一个月的公积金到账之后办理");
        assertThat(refused.text("detail")).contains(month.toString());
        assertThat(employee(unit, account).text("statusCode")).as("nothing changed").isEqualTo("01");

        credit(order, unit, RemittanceKind.MONTHLY, 1, 1, List.of(new CreditedLine(account, month, 96_000, 96_000)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "1920.00".equals(employee(unit, account).text("balance")));

        Api.Answer sealed = seal(unit, account);
        assertThat(sealed.status()).isEqualTo(200);
        assertThat(sealed.text("statusName")).isEqualTo("封存");
        assertThat(sealed.text("sealedFromMonth")).isEqualTo(month.plusMonths(1).toString());
        assertThat(sealed.text("paidUpToMonth")).isEqualTo(month.toString());
    }

    @Test
    void anAccountOpenedAndSealedBeforeItsFirstMonthIsEnteredIsNeverBilled() {
        String unit = api.newUnit();
        YearMonth next = YearMonth.now().plusMonths(1);
        String account = api.openEmployee(unit, Api.newIdNumber(), "钱多多", "8000", next.toString()).text("personalAccountNumber");
        Api.Answer sealed = seal(unit, account);
        assertThat(sealed.status()).isEqualTo(200);
        assertThat(sealed.text("sealedFromMonth")).as("sealed from its own start month").isEqualTo(next.toString());
    }

    @Test
    void anUnsealWaitsForThePreviousMonthToFinishAndMustComeBeforeTheStartMonthIsEntered() {
        String unit = api.newUnit();
        YearMonth month = YearMonth.now();
        String leaving = api.openEmployee(unit, Api.newIdNumber(), "周一", "8000", month.toString()).text("personalAccountNumber");
        String staying = api.openEmployee(unit, Api.newIdNumber(), "吴二", "8000", month.toString()).text("personalAccountNumber");
        assertThat(seal(unit, leaving).text("sealedFromMonth")).isEqualTo(month.toString());

        String order = entered(unit, month);
        Api.Answer entered = unseal(unit, leaving, month);
        assertThat(entered.status()).isEqualTo(409);
        assertThat(entered.text("title")).isEqualTo("启封请在该职工起缴月份的公积金汇缴之前办理");

        Api.Answer unfinished = unseal(unit, leaving, month.plusMonths(1));
        assertThat(unfinished.status()).isEqualTo(409);
        assertThat(unfinished.text("title")).isEqualTo("启封请在单位上个月的公积金汇缴结束之后办理");
        assertThat(employee(unit, leaving).text("statusCode")).isEqualTo("02");

        credit(order, unit, RemittanceKind.MONTHLY, 1, 1, List.of(new CreditedLine(staying, month, 96_000, 96_000)));
        await().atMost(Duration.ofSeconds(30)).until(() -> unseal(unit, leaving, month.plusMonths(1)).status() == 200);
        assertThat(employee(unit, leaving).text("startMonth")).isEqualTo(month.plusMonths(1).toString());
    }

    @Test
    void aCancelledRemittanceNoLongerHoldsItsMonth() {
        String unit = api.newUnit();
        YearMonth month = YearMonth.now();
        String account = api.openEmployee(unit, Api.newIdNumber(), "郑三", "8000", month.toString()).text("personalAccountNumber");
        String order = entered(unit, month);
        assertThat(seal(unit, account).status()).isEqualTo(409);

        Api.publish(new RemittanceCancelled(order, String.valueOf(AUDIT.incrementAndGet()), unit, "OP2", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> seal(unit, account).status() == 200);
        assertThat(employee(unit, account).text("sealedFromMonth")).isEqualTo(month.toString());
    }

    @Test
    void oneEmployeeMonthCreditedTwiceIsAppliedOnceWhateverEventOrOrderBringsItAgain() {
        String unit = api.newUnit();
        YearMonth month = YearMonth.now();
        YearMonth earlier = month.minusMonths(1);
        String account = api.openEmployee(unit, Api.newIdNumber(), "冯四", "8000", earlier.toString()).text("personalAccountNumber");

        String monthly = UUID.randomUUID().toString();
        RemittanceCredited first = new RemittanceCredited(monthly, String.valueOf(AUDIT.incrementAndGet()), unit,
                RemittanceKind.MONTHLY, 192_000, 1, 1, List.of(new CreditedLine(account, month, 96_000, 96_000)), Instant.now());
        String eventId = UUID.randomUUID().toString();
        Api.publish(first, eventId);
        Api.publish(first, eventId);
        Api.publish(first);
        String backAudit = String.valueOf(AUDIT.incrementAndGet());
        credit(UUID.randomUUID().toString(), backAudit, unit, RemittanceKind.BACK_PAYMENT, 1, 1,
                List.of(new CreditedLine(account, earlier, 96_000, 96_000), new CreditedLine(account, month, 96_000, 96_000)));

        List<JsonNode> report = Api.published(Topics.ACCOUNT, backAudit, found -> !found.isEmpty());
        assertThat(report.get(0).path("creditedLines").asInt()).isEqualTo(1);
        assertThat(report.get(0).path("alreadyCreditedLines").asInt()).isEqualTo(1);
        assertThat(report.get(0).path("totalFen").asLong()).isEqualTo(192_000);
        await().atMost(Duration.ofSeconds(30)).until(() -> "3840.00".equals(employee(unit, account).text("balance")));
        assertThat(jdbc.queryForObject("select count(*) from personal_ledger where personal_account_number = ?",
                Integer.class, account)).as("one ledger row per credited month").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class, eventId))
                .isEqualTo(1);

        Api.Answer ledger = api.call(HttpMethod.GET, "/api/account/employees/" + account + "/ledger", Api.operatorOf(unit), null);
        assertThat(ledger.body().path("items").findValuesAsText("businessType")).containsExactly("补缴", "汇缴");
        assertThat(ledger.body().path("items").get(0).path("balanceAfterFen").asLong()).isEqualTo(384_000);
        Api.Answer unitLedger = api.call(HttpMethod.GET, "/api/account/unit/ledger", Api.operatorOf(unit), null);
        assertThat(unitLedger.body().path("total").asInt()).isEqualTo(2);
    }

    private String entered(String unit, YearMonth month) {
        String order = UUID.randomUUID().toString();
        Api.publish(new RemittanceEntered(order, unit, RemittanceKind.MONTHLY, List.of(month), 1, 192_000, "OP1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from remittance_order where order_id = ?", Integer.class, order) == 1);
        return order;
    }

    private void credit(String order, String unit, RemittanceKind kind, int part, int parts, List<CreditedLine> lines) {
        credit(order, String.valueOf(AUDIT.incrementAndGet()), unit, kind, part, parts, lines);
    }

    private void credit(String order, String audit, String unit, RemittanceKind kind, int part, int parts,
                        List<CreditedLine> lines) {
        long total = lines.stream().mapToLong(l -> l.unitAmountFen() + l.personalAmountFen()).sum();
        Api.publish(new RemittanceCredited(order, audit, unit, kind, total, part, parts, lines, Instant.now()));
    }

    private Api.Answer seal(String unit, String account) {
        return api.call(HttpMethod.POST, "/api/account/employees/" + account + "/seal", Api.operatorOf(unit),
                Map.of("reason", "离职"));
    }

    private Api.Answer unseal(String unit, String account, YearMonth start) {
        return api.call(HttpMethod.POST, "/api/account/employees/" + account + "/unseal", Api.operatorOf(unit),
                Map.of("base", "8000", "startMonth", start.toString()));
    }

    private Api.Answer employee(String unit, String account) {
        return api.call(HttpMethod.GET, "/api/account/employees/" + account, Api.operatorOf(unit), null);
    }
}
