package com.gjjhall.collection.debit.command;

/** A command to the debits of one audit number: {@link DebitTargets} routes it by that number. */
public interface DebitCommand {

    String auditNumber();
}
