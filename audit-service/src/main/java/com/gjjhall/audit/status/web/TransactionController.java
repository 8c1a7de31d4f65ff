package com.gjjhall.audit.status.web;

import com.gjjhall.audit.AuditError;
import com.gjjhall.audit.TimeParameter;
import com.gjjhall.audit.status.projection.TransactionState;
import com.gjjhall.audit.status.query.TransactionPage;
import com.gjjhall.audit.status.query.TransactionQueries;
import com.gjjhall.audit.status.query.TransactionStatus;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 处理结果查询 for a unit's operators: a transaction by its audit number (or order, debit or instruction
 * id) with its state, reason and timeline, and the unit's transactions by state and time. An operator sees
 * their own unit's transactions only; another unit's answers as if it did not exist.
 */
@RestController
class TransactionController {

    private final TransactionQueries queries;

    TransactionController(TransactionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/transactions/{key}")
    TransactionStatus transaction(@PathVariable String key, CurrentOperator operator) {
        int version = queries.liveVersion().orElseThrow(TransactionController::notFound);
        return queries.find(version, key.trim())
                .filter(row -> operator.unitId() != null && operator.unitId().equals(row.unitId()))
                .map(row -> queries.describe(version, row))
                .orElseThrow(TransactionController::notFound);
    }

    @GetMapping("/api/audit/transactions")
    TransactionPage transactions(@RequestParam(required = false) String state,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 CurrentOperator operator) {
        TransactionState wanted = state == null || state.isBlank() ? null : TransactionState.parse(state.trim())
                .orElseThrow(() -> new BusinessException(AuditError.UNKNOWN_STATE, AuditError.UNKNOWN_STATE.message(),
                        List.of(FieldProblem.of("state", AuditError.UNKNOWN_STATE.message()))));
        int pageSize = Math.max(1, Math.min(size, 200));
        return queries.liveVersion()
                .map(version -> queries.list(version, operator.unitId(), wanted, TimeParameter.from(from, "from"),
                        TimeParameter.to(to, "to"), Math.max(0, page), pageSize))
                .orElse(new TransactionPage(List.of(), Math.max(0, page), pageSize, 0));
    }

    private static BusinessException notFound() {
        return new BusinessException(AuditError.TRANSACTION_NOT_FOUND);
    }
}
