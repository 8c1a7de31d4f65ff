package com.gjjhall.identity.operator;

import com.gjjhall.identity.directory.UnitDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An online-business operator (网上业务操作员) acting for one unit. */
@Aggregate
public class Operator {

    @AggregateIdentifier
    private String operatorId;

    protected Operator() {
    }

    @CommandHandler
    public Operator(RegisterOperatorCommand command, LoginNameClaims loginNames, Credentials credentials,
                    UnitDirectory units, Clock clock) {
        units.requireEnrolled(command.unitId());
        loginNames.claim(command.loginName(), command.operatorId());
        credentials.set(command.operatorId(), command.initialPassword());
        apply(new OperatorRegistered(command.operatorId(), command.unitId(), command.loginName().value(),
                command.mobile(), command.roles(), clock.instant()));
    }

    @EventSourcingHandler
    void on(OperatorRegistered event) {
        operatorId = event.operatorId();
    }
}
