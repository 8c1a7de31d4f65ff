package com.gjjhall.account.employee;

import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.account.shared.PersonName;
import com.gjjhall.account.shared.PhoneNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/** 个人账户开户 for a person who never had a fund account; contributing from startMonth. */
public record OpenEmployeeAccountCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                         IdNumber idNumber, PersonName name, PhoneNumber mobile,
                                         String departmentId, long baseFen, YearMonth startMonth) {
}
