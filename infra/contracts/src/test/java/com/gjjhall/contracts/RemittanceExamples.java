package com.gjjhall.contracts;

import com.gjjhall.contracts.remittance.AuditNumberExpired;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCancelled;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceEntered;
import com.gjjhall.contracts.remittance.RemittanceFailed;
import com.gjjhall.contracts.remittance.RemittanceKind;
import com.gjjhall.contracts.remittance.RemittanceReviewed;
import com.gjjhall.contracts.remittance.RemittanceSubmittedForReview;
import com.gjjhall.contracts.remittance.SettlementMethod;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

/** Audit numbers are {@code yyMMdd} + a 7-digit sequence + an ISO 7064 MOD 11,10 check digit (remittance-service). */
final class RemittanceExamples {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    static final List<IntegrationEvent> ALL = List.of(
            new RemittanceEntered("R0001", "U0001", RemittanceKind.MONTHLY, List.of(NOVEMBER), 2, 408_000, "OP0001", AT),
            new RemittanceSubmittedForReview("R0001", "U0001", "OP0001", AT),
            new RemittanceReviewed("R0001", "26110200000178", "U0001", SettlementMethod.BANK_TRANSFER, 408_000, "OP0002", AT,
                    Instant.parse("2026-11-30T16:00:00Z"), null),
            new CollectionDebitRequested("D0001", "26110200000178", "U0001", 408_000, AT),
            new RemittanceCredited("R0001", "26110200000178", "U0001", RemittanceKind.MONTHLY, 408_000, 1, 1,
                    List.of(new CreditedLine("P000000001", NOVEMBER, 102_000, 102_000),
                            new CreditedLine("P000000002", NOVEMBER, 102_000, 102_000)), AT),
            new RemittanceFailed("R0001", "26110200000178", "U0001", "INSUFFICIENT_BALANCE", "账户余额不足", false, AT),
            new RemittanceCancelled("R0001", "26110200000178", "U0001", "OP0002", AT),
            new AuditNumberExpired("R0001", "26110200000178", "U0001", AT));

    private RemittanceExamples() {
    }
}
