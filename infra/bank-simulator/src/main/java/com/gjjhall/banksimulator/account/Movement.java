package com.gjjhall.banksimulator.account;

/** Money into (positive) or out of (negative) one account, booked with its reference and memo. */
public record Movement(String bankCode, String accountNumber, long amountFen, String reference, String memo) {
}
