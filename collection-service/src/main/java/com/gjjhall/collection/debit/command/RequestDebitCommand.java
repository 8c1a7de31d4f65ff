package com.gjjhall.collection.debit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remittance review asks for an audit number to be paid by entrusted collection (a resubmission asks again). */
public record RequestDebitCommand(@TargetAggregateIdentifier String auditNumber,
                                  String debitRequestId,
                                  String unitId,
                                  long amountFen) implements DebitCommand {
}
