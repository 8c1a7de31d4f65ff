package com.gjjhall.account.employee;

import com.gjjhall.account.shared.PersonName;
import com.gjjhall.account.shared.PhoneNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 个人信息变更: name and mobile number. */
public record ChangePersonalInfoCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                        PersonName name, PhoneNumber mobile) {
}
