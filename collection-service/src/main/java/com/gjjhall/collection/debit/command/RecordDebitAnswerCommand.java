package com.gjjhall.collection.debit.command;

import com.gjjhall.contracts.bank.DebitOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A bank answered a debit instruction; the same answer may come more than once. */
public record RecordDebitAnswerCommand(@TargetAggregateIdentifier String auditNumber,
                                       String instructionId,
                                       DebitOutcome outcome) implements DebitCommand {
}
