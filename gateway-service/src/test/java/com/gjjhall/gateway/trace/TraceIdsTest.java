package com.gjjhall.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TraceIdsTest {

    @Test
    void aTraceIdIs32LowercaseHexDigits() {
        assertThat(TraceIds.isValid("4bf92f3577b34da6a3ce929d0e0e4736")).isTrue();
        assertThat(TraceIds.isValid("4BF92F3577B34DA6A3CE929D0E0E4736")).isFalse();
        assertThat(TraceIds.isValid("4bf92f3577b34da6a3ce929d0e0e473")).isFalse();
        assertThat(TraceIds.isValid("4bf92f35-77b3-4da6-a3ce-929d0e0e")).isFalse();
        assertThat(TraceIds.isValid("")).isFalse();
        assertThat(TraceIds.isValid(null)).isFalse();
    }

    @Test
    void newTraceIdsAreWellFormedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = TraceIds.newId();
            assertThat(TraceIds.isValid(id)).as(id).isTrue();
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
