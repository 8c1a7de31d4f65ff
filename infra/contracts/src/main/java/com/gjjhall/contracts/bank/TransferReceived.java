package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A transfer reached the fund's account (网银转账) with the payer's memo as written. Banks may deliver the same notice twice. */
@PublishedEvent(name = "bank.settlement.TransferReceived", version = 1)
public record TransferReceived(String transferId,
                               String bankCode,
                               String payerAccountNumber,
                               String payerAccountName,
                               long amountFen,
                               String memo,
                               Instant receivedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return transferId;
    }
}
