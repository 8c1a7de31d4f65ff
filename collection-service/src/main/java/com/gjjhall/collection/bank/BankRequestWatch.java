package com.gjjhall.collection.bank;

import com.gjjhall.collection.CollectionSettings;
import com.gjjhall.collection.agreement.command.ResendAccountVerificationCommand;
import com.gjjhall.collection.debit.command.QueryDebitStatusCommand;
import com.gjjhall.messaging.trace.TraceId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Asks again about what the banks left unanswered: a debit instruction is queried (DebitStatusQueried), an
 * account check is sent again. The watch lives in the database, so it survives restarts, and each request
 * is claimed by one instance only.
 */
@Component
class BankRequestWatch implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BankRequestWatch.class);
    private static final int BATCH = 200;

    private final BankRequests requests;
    private final CommandGateway commands;
    private final CollectionSettings settings;
    private final Clock clock;

    BankRequestWatch(BankRequests requests, CommandGateway commands, CollectionSettings settings, Clock clock) {
        this.requests = requests;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::checkUnanswered, settings.bankWatchInterval());
    }

    void checkUnanswered() {
        Instant now = clock.instant();
        List<BankRequests.Due> due = requests.due(now, BATCH);
        for (BankRequests.Due request : due) {
            try (TraceId.Scope ignored = TraceId.open(TraceId.newId())) {
                // The claim commits on its own before the command runs: holding the request's row lock while
                // waiting for the aggregate would deadlock with an answer being recorded for that aggregate.
                if (requests.claim(request, now)) {
                    log.info("no answer from the bank to {} {} after {} checks: asking again", request.kind(),
                            request.requestId(), request.checks());
                    commands.sendAndWait(commandFor(request));
                }
            } catch (RuntimeException e) {
                log.warn("could not ask the bank again about {} (it is asked again at its next check): {}",
                        request.requestId(), e.getMessage());
            }
        }
    }

    private static Object commandFor(BankRequests.Due request) {
        return switch (request.kind()) {
            case DEBIT -> new QueryDebitStatusCommand(request.aggregateId(), request.requestId());
            case VERIFICATION -> new ResendAccountVerificationCommand(request.aggregateId(), request.requestId());
        };
    }
}
