package com.gjjhall.audit.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A replay skips the database for keys it never wrote, and never for one it did. */
class KeyHashesTest {

    @Test
    void everyKeyAddedIsFoundAndFewOthersAre() {
        KeyHashes written = new KeyHashes();
        for (int i = 0; i < 100_000; i++) {
            written.add("audit:" + i);
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(written.mayContain("audit:" + i)).isTrue();
        }
        long falsePositives = 0;
        for (int i = 100_000; i < 200_000; i++) {
            falsePositives += written.mayContain("audit:" + i) ? 1 : 0;
        }
        assertThat(falsePositives).isLessThan(5);
    }
}
