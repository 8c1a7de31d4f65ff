package com.gjjhall.audit.log;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Event times read fast give exactly what the standard parser gives. */
class InstantsTest {

    @Test
    void readsTheInstantsTheServicesWriteAsTheStandardParserDoes() {
        for (String text : new String[] {"2026-11-02T01:30:00Z", "2026-11-02T01:30:00.1Z", "2026-11-02T01:30:00.123Z",
                "2026-11-30T23:59:59.123456Z", "2024-02-29T12:00:00.123456789Z", "1970-01-01T00:00:00Z"}) {
            assertThat(Instants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesOtherFormsToTheStandardParser() {
        assertThat(Instants.parse("2026-11-02T09:30:00+08:00")).isEqualTo(Instant.parse("2026-11-02T01:30:00Z"));
        assertThatThrownBy(() -> Instants.parse("2026-13-02T01:30:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Instants.parse("2026-11-0xT01:30:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Instants.parse("yesterday")).isInstanceOf(DateTimeParseException.class);
    }
}
