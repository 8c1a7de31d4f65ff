package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The agreement is in force with exactly these accounts, in debit order (登记, or 开通/变更 生效). */
@Revision("1")
public record AgreementTookEffect(String unitId,
                                  String applicationId,
                                  String agreementId,
                                  AgreementApplicationType applicationType,
                                  List<PayerAccountDetails> accounts,
                                  String confirmedBy,
                                  Instant effectiveAt) {
}
