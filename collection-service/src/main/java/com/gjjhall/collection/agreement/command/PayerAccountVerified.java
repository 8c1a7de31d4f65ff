package com.gjjhall.collection.agreement.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The bank confirmed an account: it exists, it is normal, and its name is exactly the one given. */
@Revision("1")
public record PayerAccountVerified(String unitId,
                                   String applicationId,
                                   String requestId,
                                   String accountNumber,
                                   Instant verifiedAt) {
}
