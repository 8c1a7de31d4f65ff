package com.gjjhall.collection.debit;

import com.gjjhall.collection.config.NewAggregates;
import com.gjjhall.collection.debit.command.PayerAccounts;
import com.gjjhall.collection.debit.command.RequestDebitCommand;
import com.gjjhall.collection.shared.AuditNumber;
import com.gjjhall.collection.shared.OneUnitOfWork;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import com.gjjhall.messaging.inbound.InboundBatchHandler;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.trace.TraceId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Remittance review chose entrusted collection (or the reviewer resubmitted): the debit is requested in the
 * transaction that records the event, so a redelivered request is applied once. A poll's requests are one unit
 * of work ({@link OneUnitOfWork}), which first finds out in one query each which audit numbers are new (their
 * events are not searched for) and which account each unit pays from.
 */
@Component
class DebitRequestDesk implements InboundBatchHandler {

    private static final String REQUESTED = EventType.of(CollectionDebitRequested.class).toString();

    private final CommandGateway commands;
    private final NewAggregates newAggregates;
    private final PayerAccounts payers;

    DebitRequestDesk(CommandGateway commands, NewAggregates newAggregates, PayerAccounts payers) {
        this.commands = commands;
        this.newAggregates = newAggregates;
        this.payers = payers;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(REQUESTED);
    }

    @Override
    public void handleAll(List<InboundEvent> events) {
        List<RequestDebitCommand> requests = events.stream().map(DebitRequestDesk::commandFor).toList();
        OneUnitOfWork.run(events.size() + " debit requests", () -> {
            newAggregates.find(requests.stream().map(RequestDebitCommand::auditNumber).toList());
            payers.readAhead(requests.stream().map(RequestDebitCommand::unitId).distinct().toList());
            for (int i = 0; i < events.size(); i++) {
                try (TraceId.Scope ignored = TraceId.open(events.get(i).envelope().traceId())) {
                    commands.sendAndWait(requests.get(i));
                }
            }
        });
    }

    private static RequestDebitCommand commandFor(InboundEvent event) {
        CollectionDebitRequested request = event.payloadAs(CollectionDebitRequested.class);
        if (request.amountFen() <= 0) {
            throw new IllegalArgumentException("debit request " + request.debitRequestId() + " has no amount to debit");
        }
        return new RequestDebitCommand(new AuditNumber(request.auditNumber()).value(), request.debitRequestId(),
                request.unitId(), request.amountFen());
    }
}
