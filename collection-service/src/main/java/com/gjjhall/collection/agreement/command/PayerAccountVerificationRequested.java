package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A payer account goes to its bank to be checked (sent again, with the same request id, if unanswered). */
@Revision("1")
public record PayerAccountVerificationRequested(String unitId,
                                                String applicationId,
                                                String requestId,
                                                PayerAccountDetails account,
                                                Instant requestedAt) {
}
