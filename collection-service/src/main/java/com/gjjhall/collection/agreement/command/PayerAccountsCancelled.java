package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Some payer accounts were taken off the agreement; the remaining ones stay in force in the same order. */
@Revision("1")
public record PayerAccountsCancelled(String unitId,
                                     String applicationId,
                                     String agreementId,
                                     List<String> cancelledAccountNumbers,
                                     List<PayerAccountDetails> remainingAccounts,
                                     String cancelledBy,
                                     Instant cancelledAt) {
}
