package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A bank refused one of the application's accounts; the application ends and the agreement is unchanged. */
@Revision("1")
public record AgreementApplicationRefused(String unitId,
                                          String applicationId,
                                          AgreementApplicationType applicationType,
                                          PayerAccountDetails account,
                                          String reasonCode,
                                          String reason,
                                          Instant refusedAt) {
}
