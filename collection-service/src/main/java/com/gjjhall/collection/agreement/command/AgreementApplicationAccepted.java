package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** Every account of an online application checked out: it waits for the bank to make it effective (生效). */
@Revision("1")
public record AgreementApplicationAccepted(String unitId,
                                           String applicationId,
                                           String agreementId,
                                           AgreementApplicationType applicationType,
                                           List<PayerAccountDetails> addedAccounts,
                                           List<String> replacedAccountNumbers,
                                           String submittedBy,
                                           Instant acceptedAt) {
}
