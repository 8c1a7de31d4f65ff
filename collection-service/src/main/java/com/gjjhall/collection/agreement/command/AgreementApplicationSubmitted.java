package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * An application passed the platform's rules; its new accounts now go to their banks to be checked.
 * {@code resultingAccounts} are the accounts in force once it takes effect, in debit order.
 */
@Revision("1")
public record AgreementApplicationSubmitted(String unitId,
                                            String applicationId,
                                            String agreementId,
                                            AgreementApplicationType applicationType,
                                            List<PayerAccountDetails> addedAccounts,
                                            List<String> replacedAccountNumbers,
                                            List<PayerAccountDetails> resultingAccounts,
                                            String submittedBy,
                                            Instant submittedAt) {
}
