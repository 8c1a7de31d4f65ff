package com.gjjhall.remittance.slip;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.query.OrderQueries;
import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static com.gjjhall.remittance.order.web.Operators.requireOperator;

/** 查询打印: the remittance slip of a paid order. */
@RestController
class SlipController {

    private final OrderQueries orders;
    private final RemittanceSlip slip;
    private final Clock clock;

    SlipController(OrderQueries orders, RemittanceSlip slip, Clock clock) {
        this.orders = orders;
        this.slip = slip;
        this.clock = clock;
    }

    @GetMapping("/api/remittance/orders/{orderId}/slip")
    ResponseEntity<byte[]> slip(@PathVariable String orderId, CurrentOperator caller) {
        requireOperator(caller);
        OrderView order = orders.ofUnit(orderId, caller.unitId());
        if (!OrderState.SUCCEEDED.name().equals(order.state())) {
            throw new BusinessException(RemittanceError.SLIP_NOT_AVAILABLE);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("汇补缴书-" + order.auditNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(slip.render(order, clock.instant()));
    }
}
