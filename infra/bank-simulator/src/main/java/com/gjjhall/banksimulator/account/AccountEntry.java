package com.gjjhall.banksimulator.account;

import java.time.Instant;

/** One movement on an account; a negative amount is money out. */
public record AccountEntry(long entryId, long amountFen, String reference, String memo, Instant bookedAt) {
}
