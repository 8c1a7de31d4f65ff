package com.gjjhall.audit.status.web;

import com.gjjhall.audit.AuditError;
import com.gjjhall.audit.status.projection.TransactionProjection;
import com.gjjhall.audit.status.query.TransactionQueries;
import com.gjjhall.audit.status.query.TransactionStatus;
import com.gjjhall.audit.view.rebuild.ViewRebuilder;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Ops: any unit's transaction, from the live view or from a rebuilt version kept beside it (a replay up to
 * a point in time shows the transaction as it stood then). Role OPS, on the path and here.
 */
@RestController
@PreAuthorize("hasRole('OPS')")
class OpsTransactionController {

    private final TransactionQueries queries;
    private final ViewRebuilder rebuilder;

    OpsTransactionController(TransactionQueries queries, ViewRebuilder rebuilder) {
        this.queries = queries;
        this.rebuilder = rebuilder;
    }

    @GetMapping("/api/audit/ops/transactions/{key}")
    TransactionStatus transaction(@PathVariable String key, @RequestParam(required = false) UUID rebuild) {
        int version = rebuild == null
                ? queries.liveVersion().orElseThrow(() -> new BusinessException(AuditError.TRANSACTION_NOT_FOUND))
                : rebuilder.keptVersion(TransactionProjection.NAME, rebuild);
        return queries.find(version, key.trim()).map(row -> queries.describe(version, row))
                .orElseThrow(() -> new BusinessException(AuditError.TRANSACTION_NOT_FOUND));
    }
}
