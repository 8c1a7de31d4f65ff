package com.gjjhall.collection.agreement.web;

import com.gjjhall.contracts.bank.CooperatingBank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The banks whose accounts can pay by entrusted collection (FAQ 三.8), for the web client's bank list. */
@RestController
class BankController {

    record Bank(String code, String name, boolean signingRequired) {
    }

    @GetMapping("/api/collection/banks")
    List<Bank> banks() {
        return Arrays.stream(CooperatingBank.values())
                .map(b -> new Bank(b.code(), b.chineseName(), b.signingRequired())).toList();
    }
}
