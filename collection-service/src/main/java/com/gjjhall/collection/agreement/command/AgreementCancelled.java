package com.gjjhall.collection.agreement.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The unit stopped paying by entrusted collection: the agreement (or the application for it) ended. */
@Revision("1")
public record AgreementCancelled(String unitId,
                                 String applicationId,
                                 String agreementId,
                                 String cancelledBy,
                                 Instant cancelledAt) {
}
