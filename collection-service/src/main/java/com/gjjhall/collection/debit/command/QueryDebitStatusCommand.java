package com.gjjhall.collection.debit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A debit instruction has no answer in time: ask the bank what became of it. */
public record QueryDebitStatusCommand(@TargetAggregateIdentifier String auditNumber, String instructionId)
        implements DebitCommand {
}
