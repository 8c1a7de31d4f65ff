package com.gjjhall.audit.bench;

import com.gjjhall.audit.support.RemittanceStory;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.remittance.SettlementMethod;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The month-end wave as the services publish it: many units' remittance orders at once, each entered,
 * submitted, reviewed and paid — 40 % by entrusted collection (one in twenty failing first with
 * 银行方系统故障 and resubmitted), 35 % by online transfer, 25 % at the bank counter — then credited and
 * its employee lines credited. About 7.3 events an order, on five topics. Orders are told 500 at a time,
 * step by step, so each order's events keep their order while orders interleave, as on a real day.
 */
final class MonthEndOrders implements Iterator<IntegrationEvent> {

    private static final int IN_FLIGHT = 500;

    private int orders;
    private final List<List<IntegrationEvent>> block = new ArrayList<>();
    private int step;
    private int inBlock;

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public IntegrationEvent next() {
        while (true) {
            if (block.isEmpty()) {
                for (int i = 0; i < IN_FLIGHT; i++) {
                    block.add(order(orders++));
                }
                step = 0;
                inBlock = 0;
            }
            if (inBlock == block.size()) {
                inBlock = 0;
                step++;
                if (block.stream().allMatch(events -> step >= events.size())) {
                    block.clear();
                    continue;
                }
            }
            List<IntegrationEvent> events = block.get(inBlock++);
            if (step < events.size()) {
                return events.get(step);
            }
        }
    }

    int ordersStarted() {
        return orders;
    }

    private static List<IntegrationEvent> order(int n) {
        RemittanceStory story = new RemittanceStory(Instant.now());
        List<IntegrationEvent> events = new ArrayList<>(List.of(story.entered(), story.submitted()));
        int kind = n % 20;
        if (kind < 8) {
            events.add(story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
            if (kind == 0) {
                events.add(story.debitRequested("D1-" + story.orderId));
                events.add(story.debitInstructed("I1-" + story.orderId));
                events.add(story.debitAnswered("I1-" + story.orderId, DebitOutcome.BANK_SYSTEM_FAULT, "银行方系统故障"));
                events.add(story.debitFailed("D1-" + story.orderId, "BANK_SYSTEM_FAULT", "银行方系统故障"));
            }
            events.add(story.debitRequested("D-" + story.orderId));
            events.add(story.debitInstructed("I-" + story.orderId));
            events.add(story.debitAnswered("I-" + story.orderId, DebitOutcome.SUCCEEDED, "扣款成功"));
            events.add(story.debitSucceeded("D-" + story.orderId));
        } else if (kind < 15) {
            events.add(story.reviewed(SettlementMethod.BANK_TRANSFER));
            events.add(story.transferReceived("T-" + story.orderId, story.auditNumber));
        } else {
            events.add(story.reviewed(SettlementMethod.CASH_CHEQUE));
            events.add(story.counterReceipt("C-" + story.orderId));
        }
        events.add(story.credited());
        events.add(story.linesCredited());
        return events;
    }
}
