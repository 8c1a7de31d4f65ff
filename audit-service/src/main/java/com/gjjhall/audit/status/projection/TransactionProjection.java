package com.gjjhall.audit.status.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.log.LoggedEvent;
import com.gjjhall.audit.status.projection.TransactionTables.LinkRow;
import com.gjjhall.audit.status.projection.TransactionTables.OperatorRow;
import com.gjjhall.audit.status.projection.TransactionTables.UnitRow;
import com.gjjhall.audit.status.projection.TransactionTables.WaitingRow;
import com.gjjhall.audit.view.LogProjection;
import com.gjjhall.audit.view.ViewState;
import com.gjjhall.audit.view.ViewTable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import static com.gjjhall.audit.status.projection.TransactionRules.text;

/**
 * The processing-status view (处理结果查询): every business transaction with its state, reason and
 * timeline across identity, account, remittance, collection and the banks.
 *
 * <p>An order is known by its order id; the other services' events name it otherwise, and are joined
 * through links: remittance's events tie the audit number to the order; a debit request and collection's
 * answers name the audit number; a bank debit instruction names it in its memo; the bank's answer names
 * only the instruction; a transfer names it in its memo as the payer typed it; a refund names the transfer.
 * An event whose link is not known yet (its partition was read first) waits under the key it leads to
 * and joins the transaction the moment the link arrives, in log order.
 */
@Component
public class TransactionProjection implements LogProjection {

    public static final String NAME = "transactions";
    public static final String TRANSACTION = "tx:";
    private static final int MAX_HOPS = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewTable<?>> tables() {
        return TransactionTables.ALL;
    }

    @Override
    public void apply(LoggedEvent event, ViewState state) {
        String type = event.typeName();
        if (!type.startsWith("remittance.") && !type.startsWith("collection.") && !type.startsWith("bank.")
                && !type.startsWith("account.") && !type.startsWith("identity.")) {
            return;
        }
        JsonNode body = event.fields();
        switch (type) {
            case "identity.OperatorRegistered" -> state.put(TransactionTables.OPERATORS, new OperatorRow(
                    text(body, "operatorId"), text(body, "loginName"), text(body, "unitId")));
            case "identity.UnitEnrolled" -> state.put(TransactionTables.UNITS,
                    new UnitRow(text(body, "unitId"), text(body, "unitName")));
            case "remittance.RemittanceEntered", "remittance.RemittanceSubmittedForReview",
                    "remittance.RemittanceReviewed", "remittance.RemittanceCredited", "remittance.RemittanceFailed",
                    "remittance.RemittanceCancelled", "remittance.AuditNumberExpired" -> {
                String order = text(body, "orderId");
                if (order != null) {
                    join(state, order, event, body);
                    String auditNumber = text(body, "auditNumber");
                    if (auditNumber != null) {
                        link(state, audit(auditNumber), TRANSACTION + order);
                    }
                }
            }
            case "remittance.CollectionDebitRequested", "collection.DebitSucceeded", "collection.DebitFailed" -> {
                String audit = audit(text(body, "auditNumber"));
                link(state, key("debit:", text(body, "debitRequestId")), audit);
                deliver(state, audit, event, body);
            }
            case "bank.instruction.DebitInstructed" -> {
                String instruction = key("instruction:", text(body, "instructionId"));
                link(state, instruction, audit(text(body, "memo")));
                deliver(state, instruction, event, body);
            }
            case "bank.instruction.DebitStatusQueried", "bank.settlement.DebitAnswered" ->
                    deliver(state, key("instruction:", text(body, "instructionId")), event, body);
            case "bank.settlement.TransferReceived" -> {
                String transfer = key("transfer:", text(body, "transferId"));
                link(state, transfer, audit(text(body, "memo")));
                deliver(state, transfer, event, body);
            }
            case "bank.instruction.RefundInstructed", "bank.settlement.RefundCompleted" -> {
                String instruction = key("instruction:", text(body, "instructionId"));
                link(state, instruction, key("transfer:", text(body, "transferId")));
                deliver(state, instruction, event, body);
            }
            case "bank.settlement.CounterReceiptReported", "account.RemittanceLinesCredited" ->
                    deliver(state, audit(text(body, "auditNumber")), event, body);
            default -> {
                if (TransactionRules.ACCOUNT_BUSINESS.containsKey(type)) {
                    join(state, event.eventId(), event, body);
                }
            }
        }
    }

    /** The key an audit number (or a memo meant to be one) leads through; null when there is none. */
    public static String audit(String auditNumber) {
        String normalized = Memo.normalize(auditNumber);
        return normalized.isEmpty() ? null : "audit:" + normalized;
    }

    private static String key(String prefix, String id) {
        return id == null || id.isBlank() ? null : prefix + id;
    }

    /** Follows links from {@code key}: {@code tx:<id>} when it leads to a transaction, else the last key reached. */
    public static String resolve(ViewState state, String key) {
        String current = key;
        for (int hop = 0; hop < MAX_HOPS && !current.startsWith(TRANSACTION); hop++) {
            LinkRow link = state.find(TransactionTables.LINKS, current);
            if (link == null) {
                return current;
            }
            current = link.target();
        }
        return current;
    }

    private static void join(ViewState state, String transactionId, LoggedEvent event, JsonNode body) {
        TransactionRow row = state.find(TransactionTables.TRANSACTIONS, transactionId);
        if (row == null) {
            row = TransactionRow.started(transactionId, null);
        }
        state.put(TransactionTables.TRANSACTIONS, TransactionRules.apply(row, event, body));
    }

    private static void deliver(ViewState state, String key, LoggedEvent event, JsonNode body) {
        if (key == null) {
            return;
        }
        String reached = resolve(state, key);
        if (reached.startsWith(TRANSACTION)) {
            join(state, reached.substring(TRANSACTION.length()), event, body);
        } else {
            waitUnder(state, reached, new long[] {event.sequenceNo()});
        }
    }

    /** The first link of a key stands; entries waiting under {@code from} follow it. */
    private static void link(ViewState state, String from, String to) {
        if (from == null || to == null || from.equals(to) || state.find(TransactionTables.LINKS, from) != null) {
            return;
        }
        state.put(TransactionTables.LINKS, new LinkRow(from, to));
        WaitingRow waiting = state.find(TransactionTables.WAITING, from);
        if (waiting == null) {
            return;
        }
        state.remove(TransactionTables.WAITING, from);
        String reached = resolve(state, to);
        if (!reached.startsWith(TRANSACTION)) {
            waitUnder(state, reached, waiting.entries());
            return;
        }
        String transactionId = reached.substring(TRANSACTION.length());
        for (LoggedEvent earlier : state.entries(waiting.entries())) {
            join(state, transactionId, earlier, earlier.fields());
        }
    }

    private static void waitUnder(ViewState state, String key, long[] entries) {
        WaitingRow waiting = state.find(TransactionTables.WAITING, key);
        long[] all = waiting == null ? entries
                : LongStream.concat(Arrays.stream(waiting.entries()), Arrays.stream(entries)).sorted().distinct().toArray();
        state.put(TransactionTables.WAITING, new WaitingRow(key, all));
    }
}
