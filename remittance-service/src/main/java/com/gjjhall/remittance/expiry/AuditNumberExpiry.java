package com.gjjhall.remittance.expiry;

import com.gjjhall.remittance.order.command.ExpireOrderCommand;
import com.gjjhall.remittance.order.query.OrderQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Audit numbers not credited by the end of their month lapse at 00:00 Asia/Shanghai on the 1st (FAQ 二.6,
 * 二.12). The due orders are read from the database, at start and then every interval, so a service that
 * was down over midnight expires them as soon as it is back; no in-memory timer has to survive a restart.
 */
@Component
public class AuditNumberExpiry {

    private static final Logger log = LoggerFactory.getLogger(AuditNumberExpiry.class);

    private final OrderQueries orders;
    private final CommandGateway commands;
    private final Clock clock;

    AuditNumberExpiry(OrderQueries orders, CommandGateway commands, Clock clock) {
        this.orders = orders;
        this.commands = commands;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${gjj.remittance.expiry-sweep-interval:PT1M}",
            initialDelayString = "${gjj.remittance.expiry-sweep-interval:PT1M}")
    void everyInterval() {
        sweep();
    }

    /** @return how many audit numbers lapsed in this sweep */
    public synchronized int sweep() {
        int expired = 0;
        List<String> due;
        do {
            due = orders.dueToExpire(clock.instant());
            int before = expired;
            for (String orderId : due) {
                try {
                    if (Boolean.TRUE.equals(commands.sendAndWait(new ExpireOrderCommand(orderId)))) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    log.warn("audit number of order {} could not expire now; next sweep tries again: {}",
                            orderId, e.getMessage());
                }
            }
            if (expired == before) {
                break;
            }
        } while (due.size() == 1000);
        if (expired > 0) {
            log.info("{} audit numbers lapsed at the end of their month", expired);
        }
        return expired;
    }
}
