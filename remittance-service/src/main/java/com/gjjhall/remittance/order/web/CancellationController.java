package com.gjjhall.remittance.order.web;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.CancelOrderCommand;
import com.gjjhall.remittance.order.query.OrderQueries;
import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.remittance.shared.AuditNumber;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static com.gjjhall.remittance.order.web.Operators.requireOperator;

/** 汇补缴撤销 and 处理结果查询, both by audit number. */
@RestController
class CancellationController {

    record CancellationRequest(@NotBlank(message = "必输字段不能为空") String auditNumber,
                               @NotBlank(message = "必输字段不能为空") String clientKey) {
    }

    private final IdempotentOrders orders;
    private final OrderQueries queries;

    CancellationController(IdempotentOrders orders, OrderQueries queries) {
        this.orders = orders;
        this.queries = queries;
    }

    /** Only the operator who reviewed the order, and only while it is not credited. */
    @PostMapping("/api/remittance/cancellations")
    RequestOutcome cancel(@Valid @RequestBody CancellationRequest request, CurrentOperator caller) {
        requireOperator(caller);
        String auditNumber = new AuditNumber(request.auditNumber().trim()).value();
        OrderView order = queries.ofUnitByAuditNumber(auditNumber, caller.unitId());
        if (order.replaced(auditNumber)) {
            throw new BusinessException(RemittanceError.AUDIT_NUMBER_REPLACED);
        }
        return orders.run(caller, request.clientKey(), "CANCEL", order.orderId(),
                () -> new CancelOrderCommand(order.orderId(), caller.unitId(), caller.operatorId(), request.clientKey()));
    }

    @GetMapping("/api/remittance/results/{auditNumber}")
    OrderView result(@PathVariable String auditNumber, CurrentOperator caller) {
        requireOperator(caller);
        return queries.ofUnitByAuditNumber(new AuditNumber(auditNumber.trim()).value(), caller.unitId());
    }
}
