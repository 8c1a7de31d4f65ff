package com.gjjhall.account.interest;

import com.gjjhall.account.shared.Operators;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Settling a year's interest (ops, when the 30 June run must be repeated) and reading its statements. */
@RestController
class InterestController {

    record SettlementRequest(Integer interestYear) {
    }

    private final InterestSettlement settlement;
    private final InterestStatements statements;

    InterestController(InterestSettlement settlement, InterestStatements statements) {
        this.settlement = settlement;
        this.statements = statements;
    }

    @PreAuthorize("hasRole('OPS')")
    @PostMapping("/api/account/ops/interest-settlements")
    InterestSettlement.Report settle(@RequestBody SettlementRequest request) {
        return settlement.settle(InterestYear.of(request.interestYear()));
    }

    @GetMapping("/api/account/unit/interest-vouchers/{year}")
    InterestStatements.Voucher voucher(@PathVariable int year, CurrentOperator caller) {
        return statements.voucher(Operators.unitOf(caller), InterestYear.of(year));
    }

    @GetMapping("/api/account/employees/{account}/interest-statements/{year}")
    InterestStatements.Statement statement(@PathVariable String account, @PathVariable int year, CurrentOperator caller) {
        return statements.statement(Operators.unitOf(caller), account, InterestYear.of(year));
    }
}
