package com.gjjhall.contracts.collection;

/** A payer account (付款账户) of an entrusted-collection agreement, with its name exactly as the bank holds it. */
public record PayerAccount(String bankCode, String accountNumber, String accountName) {
}
