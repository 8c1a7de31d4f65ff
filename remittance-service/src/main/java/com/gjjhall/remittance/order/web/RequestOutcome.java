package com.gjjhall.remittance.order.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.gjjhall.remittance.order.command.ClientRequests;

/**
 * What a request did: the order, the state it left the order in, its audit number once reviewed.
 * {@code replayed} says the client key had been used before and this is the first request's outcome.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestOutcome(String orderId, String operation, String state, String stateName, String auditNumber,
                             boolean replayed) {

    static RequestOutcome of(ClientRequests.Outcome outcome, boolean replayed) {
        return new RequestOutcome(outcome.orderId(), outcome.operation(), outcome.state().name(),
                outcome.state().label(), outcome.auditNumber(), replayed);
    }
}
