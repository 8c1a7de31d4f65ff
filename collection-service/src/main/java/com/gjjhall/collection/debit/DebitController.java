package com.gjjhall.collection.debit;

import com.gjjhall.collection.debit.query.DebitStatusView;
import com.gjjhall.collection.debit.query.DebitStatuses;
import com.gjjhall.collection.shared.AuditNumber;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 处理结果查询 for entrusted collection: an operator sees their unit's debits, with the bank's reason when one
 * failed; fund-centre staff see any unit's.
 */
@RestController
class DebitController {

    private final DebitStatuses statuses;

    DebitController(DebitStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/api/collection/debits/{auditNumber}")
    DebitStatusView one(@PathVariable String auditNumber, CurrentOperator caller) {
        DebitStatusView view = statuses.find(new AuditNumber(auditNumber).value())
                .orElseThrow(() -> new BusinessException(PlatformError.NOT_FOUND));
        if (!isStaff(caller) && !view.unitId().equals(caller.unitId())) {
            throw new BusinessException(PlatformError.NOT_FOUND);
        }
        return view;
    }

    @GetMapping("/api/collection/debits")
    List<DebitStatusView> list(@RequestParam(required = false) @Pattern(regexp = "PROCESSING|SUCCEEDED|FAILED") String state,
                               @RequestParam(required = false) String unitId,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit, CurrentOperator caller) {
        String unit = isStaff(caller) && unitId != null ? unitId : caller.unitId();
        return statuses.ofUnit(unit, state, limit);
    }

    private static boolean isStaff(CurrentOperator caller) {
        return caller.hasRole(CurrentOperator.CLERK) || caller.hasRole(CurrentOperator.OPS);
    }
}
