package com.gjjhall.contracts;

import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.contracts.collection.CollectionAgreementApplicationRefused;
import com.gjjhall.contracts.collection.CollectionAgreementApplied;
import com.gjjhall.contracts.collection.CollectionAgreementCancelled;
import com.gjjhall.contracts.collection.CollectionAgreementEffective;
import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;
import com.gjjhall.contracts.collection.PayerAccount;
import com.gjjhall.contracts.collection.PayerAccountsCancelled;

import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

final class CollectionExamples {

    static final PayerAccount ICBC = new PayerAccount("ICBC", "3202000000000001", "示范单位");
    static final PayerAccount CCB = new PayerAccount("CCB", "4200000000000001", "示范单位（武汉）");

    static final List<IntegrationEvent> ALL = List.of(
            new DebitSucceeded("D0001", "20261102000017", "U0001", 408_000, "ICBC", "3202000000000001", AT),
            new DebitFailed("D0002", "20261102000017", "U0001", "BANK_SYSTEM_FAULT", "银行方系统故障", true, AT),
            new CollectionAgreementApplied("AP0002", "CA0001", "U0001", AgreementApplicationType.CHANGE,
                    List.of(CCB), List.of(), "OP0001", AT),
            new CollectionAgreementApplicationRefused("AP0003", "U0001", AgreementApplicationType.CHANGE, "CCB",
                    "4200000000000001", "NAME_MISMATCH", "扣款户名不一致", AT),
            new CollectionAgreementEffective("AP0002", "CA0001", "U0001", AgreementApplicationType.CHANGE,
                    List.of(ICBC, CCB), "OP0009", AT),
            new PayerAccountsCancelled("AP0004", "CA0001", "U0001", List.of("4200000000000001"), List.of(ICBC),
                    "OP0001", AT),
            new CollectionAgreementCancelled("AP0005", "CA0001", "U0001", "OP0001", AT));

    private CollectionExamples() {
    }
}
