package com.gjjhall.banksimulator.arrival;

import com.gjjhall.banksimulator.AdminAccess;
import com.gjjhall.contracts.bank.CounterPaymentMethod;
import com.gjjhall.contracts.bank.CounterReceiptReported;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Makes money arrive as a unit would pay it: an online transfer with a memo, or cash or a cheque at a counter.
 * The memo is passed on exactly as typed (full-width digits, spaces and all), as a real bank would.
 */
@RestController
class ArrivalController {

    record TransferRequest(@NotBlank(message = "必输字段不能为空") String bankCode,
                           @NotBlank(message = "必输字段不能为空") @Size(max = 40) String payerAccountNumber,
                           @NotBlank(message = "必输字段不能为空") @Size(max = 200) String payerAccountName,
                           @NotNull(message = "必输字段不能为空") @Positive(message = "金额须大于零") Long amountFen,
                           @NotNull(message = "必输字段不能为空") @Size(min = 1, max = 200) String memo,
                           @Min(1) @Max(3) Integer deliveries) {
    }

    record CounterReceiptRequest(@NotBlank(message = "必输字段不能为空") String bankCode,
                                 @NotBlank(message = "必输字段不能为空") @Size(max = 32) String auditNumber,
                                 @NotNull(message = "必输字段不能为空") @Positive(message = "金额须大于零") Long amountFen,
                                 @NotNull(message = "必输字段不能为空") CounterPaymentMethod method,
                                 @Min(1) @Max(3) Integer deliveries) {
    }

    private final Arrivals arrivals;

    ArrivalController(Arrivals arrivals) {
        this.arrivals = arrivals;
    }

    @PostMapping("/api/bank/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    TransferReceived transfer(@Valid @RequestBody TransferRequest request, CurrentOperator caller) {
        AdminAccess.require(caller);
        return arrivals.transfer(request.bankCode(), request.payerAccountNumber(), request.payerAccountName(),
                request.amountFen(), request.memo(), request.deliveries() == null ? 1 : request.deliveries());
    }

    @PostMapping("/api/bank/counter-receipts")
    @ResponseStatus(HttpStatus.CREATED)
    CounterReceiptReported counterReceipt(@Valid @RequestBody CounterReceiptRequest request, CurrentOperator caller) {
        AdminAccess.require(caller);
        return arrivals.counterReceipt(request.bankCode(), request.auditNumber(), request.amountFen(), request.method(),
                request.deliveries() == null ? 1 : request.deliveries());
    }
}
