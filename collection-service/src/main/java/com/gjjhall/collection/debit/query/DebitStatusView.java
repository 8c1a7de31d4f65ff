package com.gjjhall.collection.debit.query;

import java.time.Instant;
import java.util.List;

/**
 * What an operator sees in 处理结果查询 for an audit number paid by entrusted collection: its state (处理中,
 * 成功, 失败), the reason in the bank's words when it failed, and each instruction sent to the bank.
 */
public record DebitStatusView(String auditNumber, String unitId, String state, String stateText, long amountFen,
                              String bankCode, String payerAccountNumber, String reasonCode, String reason,
                              boolean retryable, Instant requestedAt, Instant updatedAt, List<Attempt> attempts) {

    /** One instruction and the bank's answer to it. */
    public record Attempt(String instructionId, String bankCode, String payerAccountNumber, long amountFen,
                          String state, String outcome, String message, int statusQueries, Instant instructedAt,
                          Instant answeredAt) {
    }

    static String textOf(String state) {
        return switch (state) {
            case "SUCCEEDED" -> "成功";
            case "FAILED" -> "失败";
            default -> "处理中";
        };
    }
}
