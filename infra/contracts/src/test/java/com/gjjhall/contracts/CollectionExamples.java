package com.gjjhall.contracts;

import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;

import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

final class CollectionExamples {

    static final List<IntegrationEvent> ALL = List.of(
            new DebitSucceeded("D0001", "20261102000017", "U0001", 408_000, "ICBC", "3202000000000001", AT),
            new DebitFailed("D0002", "20261102000017", "U0001", "BANK_SYSTEM_FAULT", "银行方系统故障", true, AT));

    private CollectionExamples() {
    }
}
