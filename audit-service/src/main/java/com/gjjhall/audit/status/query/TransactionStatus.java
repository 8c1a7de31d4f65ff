package com.gjjhall.audit.status.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A transaction in 处理结果查询: what it is, where it stands and why, and every step so far.
 *
 * @param state     录入, 待复核, 处理中, 成功, 失败, 撤销 or 失效
 * @param stateCode the same as a stable code, e.g. {@code FAILED}
 * @param reason    why it failed (the bank's or the service's words), when it did
 * @param timeline  the steps, oldest first; empty in lists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionStatus(String transactionId, String auditNumber, String kind, String unitId, String unitName,
                                String state, String stateCode, String reason, Long totalFen,
                                String settlementMethod, String personalAccountNumber, Instant startedAt,
                                Instant updatedAt, List<TimelineItem> timeline) {
}
