package com.gjjhall.collection.debit;

import com.gjjhall.collection.debit.command.RequestDebitCommand;
import com.gjjhall.collection.shared.AuditNumber;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Remittance review chose entrusted collection (or the reviewer resubmitted): the debit is requested in the
 * transaction that records the event, so a redelivered request is applied once.
 */
@Component
class DebitRequestDesk implements InboundEventHandler {

    private static final String REQUESTED = EventType.of(CollectionDebitRequested.class).toString();

    private final CommandGateway commands;

    DebitRequestDesk(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(REQUESTED);
    }

    @Override
    public void handle(InboundEvent event) {
        CollectionDebitRequested request = event.payloadAs(CollectionDebitRequested.class);
        if (request.amountFen() <= 0) {
            throw new IllegalArgumentException("debit request " + request.debitRequestId() + " has no amount to debit");
        }
        commands.sendAndWait(new RequestDebitCommand(new AuditNumber(request.auditNumber()).value(),
                request.debitRequestId(), request.unitId(), request.amountFen()));
    }
}
