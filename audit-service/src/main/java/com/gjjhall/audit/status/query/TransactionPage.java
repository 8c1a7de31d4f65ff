package com.gjjhall.audit.status.query;

import java.util.List;

/** One page of a unit's transactions, most recently changed first. */
public record TransactionPage(List<TransactionStatus> items, int page, int size, long total) {
}
