package com.gjjhall.audit.status.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.log.LoggedEvent;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Says in the operators' words what a logged event means for their transaction. */
final class TimelineDescriber {

    private static final Map<String, String> SETTLEMENT_METHODS = Map.of(
            "CASH_CHEQUE", "现金/支票", "BANK_TRANSFER", "网银转账", "ENTRUSTED_COLLECTION", "委托收款");
    private static final Map<String, String> DEBIT_OUTCOMES = Map.of(
            "SUCCEEDED", "扣款成功",
            "INSUFFICIENT_BALANCE", "账户余额不足",
            "ACCOUNT_ABNORMAL", "账户状态不正常",
            "BANK_SYSTEM_FAULT", "银行方系统故障",
            "SIGNING_REQUIRED", "结算失败[收方账号和付方账号未进行收款签约]",
            "UNKNOWN_INSTRUCTION", "银行未收到该扣款指令");
    /** Fields naming the operator who acted, by event. */
    private static final Map<String, String> ACTORS = Map.of(
            "remittance.RemittanceEntered", "enteredBy",
            "remittance.RemittanceSubmittedForReview", "submittedBy",
            "remittance.RemittanceReviewed", "reviewedBy",
            "remittance.RemittanceCancelled", "cancelledBy");

    private TimelineDescriber() {
    }

    static String settlementMethod(String code) {
        return code == null ? null : SETTLEMENT_METHODS.getOrDefault(code, code);
    }

    static String actorOf(LoggedEvent event, JsonNode body) {
        String field = ACTORS.get(event.typeName());
        return field == null ? null : text(body, field);
    }

    static String describe(LoggedEvent event, JsonNode body) {
        return switch (event.typeName()) {
            case "remittance.RemittanceEntered" -> "录入" + ("BACK_PAYMENT".equals(text(body, "kind")) ? "补缴" : "汇缴")
                    + "：" + months(body) + "，共 " + text(body, "lineCount") + " 人，金额 " + yuan(body, "totalFen") + " 元";
            case "remittance.RemittanceSubmittedForReview" -> "提交复核";
            case "remittance.RemittanceReviewed" -> (text(body, "previousAuditNumber") == null ? "复核通过"
                    : "重新复核（原审核单号 " + text(body, "previousAuditNumber") + " 作废）") + "，审核单号 "
                    + text(body, "auditNumber") + "，结算方式：" + settlementMethod(text(body, "settlementMethod"));
            case "remittance.CollectionDebitRequested" -> "发起委托收款扣款 " + yuan(body, "amountFen") + " 元";
            case "bank.instruction.DebitInstructed" -> "向银行发送扣款指令 " + yuan(body, "amountFen") + " 元";
            case "bank.instruction.DebitStatusQueried" -> "向银行查询扣款结果";
            case "bank.settlement.DebitAnswered" -> "银行应答："
                    + DEBIT_OUTCOMES.getOrDefault(text(body, "outcome"), String.valueOf(text(body, "message")));
            case "collection.DebitSucceeded" -> "委托收款扣款成功 " + yuan(body, "amountFen") + " 元";
            case "collection.DebitFailed" -> "委托收款扣款失败：" + text(body, "reason");
            case "bank.settlement.TransferReceived" -> "收到网银转账 " + yuan(body, "amountFen") + " 元";
            case "bank.settlement.CounterReceiptReported" -> "银行柜台收款（"
                    + ("CHEQUE".equals(text(body, "method")) ? "支票" : "现金") + "）" + yuan(body, "amountFen") + " 元";
            case "remittance.RemittanceCredited" -> "入账成功" + parts(body);
            case "account.RemittanceLinesCredited" -> "职工个人账户入账 " + text(body, "creditedLines") + " 人";
            case "remittance.RemittanceFailed" -> "处理失败：" + text(body, "reason");
            case "remittance.RemittanceCancelled" -> "汇补缴撤销";
            case "remittance.AuditNumberExpired" -> "审核单号已失效";
            case "bank.instruction.RefundInstructed" -> "原路退款 " + yuan(body, "amountFen") + " 元：" + text(body, "reason");
            case "bank.settlement.RefundCompleted" -> "退款已退回付款账户 " + yuan(body, "amountFen") + " 元";
            case "account.EmployeeAccountOpened" -> "职工开户：" + text(body, "name") + "，个人账号 "
                    + text(body, "personalAccountNumber");
            case "account.EmployeeTransferredIn" -> "职工转移转入：" + text(body, "name") + "，个人账号 "
                    + text(body, "personalAccountNumber");
            case "account.EmployeeAccountSealed" -> "封存：个人账号 " + text(body, "personalAccountNumber");
            case "account.EmployeeAccountUnsealed" -> "启封：个人账号 " + text(body, "personalAccountNumber")
                    + "，缴存基数 " + yuan(body, "baseFen") + " 元";
            case "account.ContributionBaseAdjusted" -> "汇缴基数调整：个人账号 " + text(body, "personalAccountNumber")
                    + "，缴存基数 " + yuan(body, "baseFen") + " 元";
            default -> event.eventType();
        };
    }

    private static String months(JsonNode body) {
        JsonNode months = body.get("months");
        if (months == null || !months.isArray()) {
            return "";
        }
        return StreamSupport.stream(months.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("、"));
    }

    private static String parts(JsonNode body) {
        JsonNode parts = body.get("parts");
        return parts != null && parts.asInt() > 1 ? "（第 " + text(body, "part") + "/" + parts.asInt() + " 部分）" : "";
    }

    private static String yuan(JsonNode body, String field) {
        JsonNode fen = body.get(field);
        return fen == null || !fen.canConvertToLong() ? "-" : BigDecimal.valueOf(fen.asLong(), 2).toPlainString();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
