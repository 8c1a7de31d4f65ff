package com.gjjhall.remittance.expiry;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.Topics;
import com.gjjhall.remittance.support.RemittanceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit numbers not credited by the end of their month lapse at 00:00 Asia/Shanghai on the 1st. */
class MonthEndExpiryIT extends RemittanceIT {

    private static final Instant LAST_SECOND_OF_NOVEMBER = Instant.parse("2026-11-30T15:59:59Z");
    private static final Instant MIDNIGHT_FIRST_OF_DECEMBER = Instant.parse("2026-11-30T16:00:00Z");

    @Autowired
    AuditNumberExpiry expiry;

    @Test
    void anAuditNumberNotCreditedByMonthEndExpiresAtMidnightInShanghaiAndALatePaymentIsRefunded() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        assertThat(result(unit, auditNumber).get("expiresAt").asText()).isEqualTo("2026-11-30T16:00:00Z");

        clock.set(LAST_SECOND_OF_NOVEMBER);
        expiry.sweep();
        assertThat(result(unit, auditNumber).get("state").asText()).isEqualTo("PROCESSING");

        clock.set(MIDNIGHT_FIRST_OF_DECEMBER);
        JsonNode expired = awaitState(unit, auditNumber, "EXPIRED");

        assertThat(expired.get("stateName").asText()).isEqualTo("已失效");
        var published = kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.AuditNumberExpired.v1")
                && r.body().get("auditNumber").asText().equals(auditNumber), PATIENCE);
        assertThat(published.get(0).body().get("expiredAt").asText()).isEqualTo("2026-11-30T16:00:00Z");
        String transferId = pay(auditNumber, monthlyTotal(1));
        assertThat(awaitRefund(transferId).get("reason").asText()).isEqualTo("审核单号已失效");
        enterMonthly(unit, NOVEMBER);
    }

    @Test
    void aPaymentArrivingAfterMidnightBeforeAnySweepFindsTheNumberExpired() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        clock.set(Instant.parse("2026-12-01T03:00:00Z"));

        String transferId = pay(auditNumber, monthlyTotal(1));

        assertThat(awaitRefund(transferId).get("reason").asText()).isEqualTo("审核单号已失效");
        assertThat(awaitState(unit, auditNumber, "EXPIRED").get("reason").asText()).isEqualTo("审核单号跨月未入账，已失效");
    }

    @Test
    void aSweepAfterADowntimeExpiresEveryNumberOfTheEndedMonthAndNothingYounger() {
        Unit early = openUnit(1);
        String november = reviewedMonthly(early, "CASH_CHEQUE");
        clock.set(Instant.parse("2026-12-01T01:00:00Z"));
        Unit late = openUnit(1);
        String december = reviewedMonthly(late, "CASH_CHEQUE");
        assertThat(december).startsWith("261201");

        clock.set(Instant.parse("2026-12-20T01:00:00Z"));
        expiry.sweep();

        assertThat(result(early, november).get("state").asText()).isEqualTo("EXPIRED");
        assertThat(result(late, december).get("state").asText()).isEqualTo("PROCESSING");
    }

}
