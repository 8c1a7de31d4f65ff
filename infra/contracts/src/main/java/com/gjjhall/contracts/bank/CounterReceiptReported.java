package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit paid an audit number at the bank counter in cash or by cheque (现金/支票). */
@PublishedEvent(name = "bank.settlement.CounterReceiptReported", version = 1)
public record CounterReceiptReported(String receiptId,
                                     String bankCode,
                                     String auditNumber,
                                     long amountFen,
                                     CounterPaymentMethod method,
                                     Instant receivedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return receiptId;
    }
}
