package com.gjjhall.audit.view.live;

import com.gjjhall.audit.log.LoggedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * {@code gjj.audit.view.delay}: from an event's own time to its effect being visible in a view, the
 * figure operators feel ("within a second of the event"), with p50 and p99 over the last ten minutes.
 */
@Component
class ViewDelayMetrics {

    private final MeterRegistry meters;

    ViewDelayMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(ViewAdvanced advanced) {
        Timer delay = Timer.builder("gjj.audit.view.delay")
                .description("from an event's time to its effect being visible in the view")
                .tag("view", advanced.view()).publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(10)).distributionStatisticBufferLength(1)
                .register(meters);
        for (LoggedEvent event : advanced.entries()) {
            Duration late = Duration.between(event.occurredAt(), advanced.visibleAt());
            if (!late.isNegative()) {
                delay.record(late);
            }
        }
    }
}
