package com.gjjhall.identity.operator;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An operator logs in every working day: its aggregate is loaded from a snapshot, not from every login. */
@Configuration
class OperatorConfiguration {

    static final String SNAPSHOT_TRIGGER = "operatorSnapshotTrigger";

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition operatorSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${gjj.operators.snapshot-every:50}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }
}
