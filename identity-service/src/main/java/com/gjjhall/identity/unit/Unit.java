package com.gjjhall.identity.unit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A unit (单位) that does its fund business online. */
@Aggregate
public class Unit {

    @AggregateIdentifier
    private String unitId;

    protected Unit() {
    }

    @CommandHandler
    public Unit(EnrolUnitCommand command, UnitCodeClaims claims, Clock clock) {
        claims.claim(command.code(), command.unitId());
        apply(new UnitEnrolled(command.unitId(), command.code().value(), command.unitName(), clock.instant()));
    }

    @EventSourcingHandler
    void on(UnitEnrolled event) {
        unitId = event.unitId();
    }
}
