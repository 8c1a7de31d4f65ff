package com.gjjhall.audit;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** This process among the service's instances: who holds a rebuild, in the database rows other instances read. */
public final class InstanceId {

    public static final String VALUE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private InstanceId() {
    }
}
