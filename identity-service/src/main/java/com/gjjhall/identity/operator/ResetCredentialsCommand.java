package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 用户变更: a clerk resets a forgotten login name and/or password; either may be null (unchanged). */
public record ResetCredentialsCommand(@TargetAggregateIdentifier String operatorId, LoginName newLoginName,
                                      String newPassword) {

    @Override
    public String toString() {
        return "ResetCredentialsCommand[operatorId=" + operatorId + ", newLoginName=" + newLoginName
                + ", passwordReset=" + (newPassword != null) + "]";
    }
}
