package com.gjjhall.collection.agreement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bank received the printed registration form and makes the online application effective (生效). */
public record ConfirmAgreementApplicationCommand(@TargetAggregateIdentifier String unitId,
                                                 String applicationId,
                                                 String confirmedBy) {
}
