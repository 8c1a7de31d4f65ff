package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Register entrusted collection at the counter (REGISTRATION), apply for it online (OPENING), or add or
 * replace payer accounts (CHANGE). The accounts are checked with their banks first.
 */
public record SubmitAgreementApplicationCommand(@TargetAggregateIdentifier String unitId,
                                                String applicationId,
                                                AgreementApplicationType applicationType,
                                                List<PayerAccountDetails> addedAccounts,
                                                List<String> replacedAccountNumbers,
                                                String submittedBy) {

    public SubmitAgreementApplicationCommand {
        addedAccounts = List.copyOf(addedAccounts);
        replacedAccountNumbers = List.copyOf(replacedAccountNumbers);
    }
}
