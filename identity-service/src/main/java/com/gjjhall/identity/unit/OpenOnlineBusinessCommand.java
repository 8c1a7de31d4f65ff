package com.gjjhall.identity.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open online business (开通): an operator of the unit signs the service agreement of {@code agreementVersion},
 * confirms the unit's registered code and name, names the contact person and sets the query password.
 */
public record OpenOnlineBusinessCommand(@TargetAggregateIdentifier String unitId, String operatorId,
                                        String agreementVersion, String confirmedCreditCode,
                                        String confirmedUnitName, String contactName, String contactMobile,
                                        String queryPassword) {

    @Override
    public String toString() {
        return "OpenOnlineBusinessCommand[unitId=" + unitId + ", operatorId=" + operatorId + ", agreementVersion="
                + agreementVersion + "]";
    }
}
