package com.gjjhall.account.unit;

import com.gjjhall.account.shared.PhoneNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 单位信息变更: address and contact (not the name, legal person or codes, which change at the counter). */
public record ChangeUnitInfoCommand(@TargetAggregateIdentifier String unitId, String address, String contactName,
                                    PhoneNumber contactPhone) {
}
