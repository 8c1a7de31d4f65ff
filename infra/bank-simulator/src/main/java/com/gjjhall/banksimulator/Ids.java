package com.gjjhall.banksimulator;

import java.util.UUID;

/** Bank-side references: a prefix and 16 random hex digits. */
public final class Ids {

    private Ids() {
    }

    public static String next(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }
}
