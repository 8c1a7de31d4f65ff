package com.gjjhall.collection.agreement.command;

import com.gjjhall.contracts.bank.VerificationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A bank answered an account check (or answered it again). */
public record RecordAccountVerificationCommand(@TargetAggregateIdentifier String unitId,
                                               String requestId,
                                               VerificationOutcome outcome) {
}
