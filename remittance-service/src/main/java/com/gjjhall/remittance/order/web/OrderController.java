package com.gjjhall.remittance.order.web;

import com.gjjhall.remittance.backpayment.BackPaymentLines;
import com.gjjhall.remittance.backpayment.BackPaymentRequest;
import com.gjjhall.remittance.monthly.MonthlyLines;
import com.gjjhall.remittance.order.command.DiscardOrderCommand;
import com.gjjhall.remittance.order.command.EnterOrderCommand;
import com.gjjhall.remittance.order.command.LineDraft;
import com.gjjhall.remittance.order.command.OrderKind;
import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.command.ResubmitCollectionCommand;
import com.gjjhall.remittance.order.command.ReviewOrderCommand;
import com.gjjhall.remittance.order.command.Settlement;
import com.gjjhall.remittance.order.command.SubmitOrderCommand;
import com.gjjhall.remittance.order.query.OrderLine;
import com.gjjhall.remittance.order.query.OrderPayment;
import com.gjjhall.remittance.order.query.OrderQueries;
import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.remittance.shared.Months;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.gjjhall.remittance.order.web.Operators.requireOperator;

/** Entering, submitting, reviewing and following remittance and back-payment orders. */
@RestController
@RequestMapping("/api/remittance/orders")
class OrderController {

    record MonthlyRequest(@NotBlank(message = "必输字段不能为空") String month,
                          @NotBlank(message = "必输字段不能为空") String clientKey) {
    }

    record BackPaymentLine(@NotBlank(message = "必输字段不能为空") String personalAccountNumber,
                           @NotBlank(message = "必输字段不能为空") String month) {
    }

    record BackPaymentOrderRequest(@NotBlank(message = "必输字段不能为空") String clientKey,
                                   @NotEmpty(message = "必输字段不能为空") @Size(max = 5000) List<@Valid BackPaymentLine> lines) {
    }

    record KeyedRequest(@NotBlank(message = "必输字段不能为空") String clientKey) {
    }

    record ReviewRequest(@NotBlank(message = "必输字段不能为空") String clientKey,
                         @NotNull(message = "必输字段不能为空") Settlement settlementMethod) {
    }

    private final IdempotentOrders orders;
    private final OrderQueries queries;
    private final MonthlyLines monthly;
    private final BackPaymentLines backPayments;
    private final CommandGateway commands;
    private final Clock clock;

    OrderController(IdempotentOrders orders, OrderQueries queries, MonthlyLines monthly, BackPaymentLines backPayments,
                    CommandGateway commands, Clock clock) {
        this.orders = orders;
        this.queries = queries;
        this.monthly = monthly;
        this.backPayments = backPayments;
        this.commands = commands;
        this.clock = clock;
    }

    /** 汇缴: one line per employee contributing in the month. */
    @PostMapping("/monthly")
    @ResponseStatus(HttpStatus.CREATED)
    RequestOutcome enterMonthly(@Valid @RequestBody MonthlyRequest request, CurrentOperator caller) {
        requireOperator(caller);
        return orders.run(caller, request.clientKey(), "ENTER", null, () -> new EnterOrderCommand(newOrderId(),
                caller.unitId(), OrderKind.MONTHLY,
                monthly.linesFor(caller.unitId(), Months.parse(request.month()), clock.instant()),
                caller.operatorId(), request.clientKey()));
    }

    /** 补缴: chosen employees and past months, at the base in force then. */
    @PostMapping("/back-payments")
    @ResponseStatus(HttpStatus.CREATED)
    RequestOutcome enterBackPayment(@Valid @RequestBody BackPaymentOrderRequest request, CurrentOperator caller) {
        requireOperator(caller);
        return orders.run(caller, request.clientKey(), "ENTER", null, () -> new EnterOrderCommand(newOrderId(),
                caller.unitId(), OrderKind.BACK_PAYMENT, backPaymentLines(request, caller), caller.operatorId(),
                request.clientKey()));
    }

    private List<LineDraft> backPaymentLines(BackPaymentOrderRequest request, CurrentOperator caller) {
        List<BackPaymentRequest> asked = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            BackPaymentLine line = request.lines().get(i);
            asked.add(new BackPaymentRequest(i + 1, line.personalAccountNumber().trim(), null,
                    Months.parse(line.month()), null));
        }
        return backPayments.linesFor(caller.unitId(), asked, clock.instant());
    }

    @PostMapping("/{orderId}/submission")
    RequestOutcome submit(@PathVariable String orderId, @Valid @RequestBody KeyedRequest request,
                          CurrentOperator caller) {
        requireOperator(caller);
        return orders.run(caller, request.clientKey(), "SUBMIT", orderId, () -> {
            queries.ofUnit(orderId, caller.unitId());
            return new SubmitOrderCommand(orderId, caller.unitId(), caller.operatorId(), request.clientKey());
        });
    }

    /**
     * 复核: a different operator of the unit reviews and picks the settlement method; the audit number is issued.
     * A failed order is reviewed again the same way (重新复核): a new audit number replaces the old one.
     */
    @PostMapping("/{orderId}/review")
    RequestOutcome review(@PathVariable String orderId, @Valid @RequestBody ReviewRequest request,
                          CurrentOperator caller) {
        requireOperator(caller);
        return orders.run(caller, request.clientKey(), "REVIEW", orderId, () -> {
            queries.ofUnit(orderId, caller.unitId());
            return new ReviewOrderCommand(orderId, caller.unitId(), caller.operatorId(), request.settlementMethod(),
                    request.clientKey());
        });
    }

    /** After 银行方系统故障 the reviewer sends the entrusted-collection debit again, under the same audit number. */
    @PostMapping("/{orderId}/collection-resubmission")
    RequestOutcome resubmitCollection(@PathVariable String orderId, @Valid @RequestBody KeyedRequest request,
                                      CurrentOperator caller) {
        requireOperator(caller);
        return orders.run(caller, request.clientKey(), "RESUBMIT", orderId, () -> {
            queries.ofUnit(orderId, caller.unitId());
            return new ResubmitCollectionCommand(orderId, caller.unitId(), caller.operatorId(), request.clientKey());
        });
    }

    /** The maker deletes an order still being maintained. */
    @DeleteMapping("/{orderId}")
    ResponseEntity<Void> discard(@PathVariable String orderId, CurrentOperator caller) {
        requireOperator(caller);
        queries.ofUnit(orderId, caller.unitId());
        commands.sendAndWait(new DiscardOrderCommand(orderId, caller.unitId(), caller.operatorId()));
        return ResponseEntity.noContent().build();
    }

    /** 处理结果查询: the order's state and why. */
    @GetMapping("/{orderId}")
    OrderView order(@PathVariable String orderId, CurrentOperator caller) {
        requireOperator(caller);
        return queries.ofUnit(orderId, caller.unitId());
    }

    @GetMapping("/{orderId}/lines")
    List<OrderLine> lines(@PathVariable String orderId, @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(defaultValue = "500") int limit, CurrentOperator caller) {
        requireOperator(caller);
        queries.ofUnit(orderId, caller.unitId());
        return queries.lines(orderId, Math.max(0, offset), Math.min(Math.max(1, limit), 5000));
    }

    /** 处理结果查询 of the payments: each bank payment for the order, credited or refunded (原路退款) and why. */
    @GetMapping("/{orderId}/payments")
    List<OrderPayment> payments(@PathVariable String orderId, CurrentOperator caller) {
        requireOperator(caller);
        queries.ofUnit(orderId, caller.unitId());
        return queries.payments(orderId);
    }

    @GetMapping
    List<OrderView> orders(@RequestParam(required = false) OrderState state, CurrentOperator caller) {
        requireOperator(caller);
        return queries.ofUnit(caller.unitId(), state);
    }

    private static String newOrderId() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }
}
