package com.gjjhall.collection.agreement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Take some payer accounts off the agreement (取消部分委托收款账户): effective at once. */
public record CancelPayerAccountsCommand(@TargetAggregateIdentifier String unitId,
                                         String applicationId,
                                         List<String> accountNumbers,
                                         String cancelledBy) {

    public CancelPayerAccountsCommand {
        accountNumbers = List.copyOf(accountNumbers);
    }
}
