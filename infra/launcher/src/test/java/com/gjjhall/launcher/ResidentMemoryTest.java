package com.gjjhall.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentMemoryTest {

    @Test
    void readsThisJvmsResidentAndProportionalMemory() {
        ResidentMemory self = ResidentMemory.ofProcess(ProcessHandle.current().pid());

        assertThat(self.rss()).isGreaterThan(10L * 1024 * 1024);
        assertThat(self.pss()).isPositive().isLessThanOrEqualTo(self.rss());
        assertThat(ResidentMemory.ofTree(ProcessHandle.current().pid()).rss()).isGreaterThanOrEqualTo(self.rss());
    }

    @Test
    void aProcessThatIsGoneTakesNothing() {
        assertThat(ResidentMemory.ofProcess(Long.MAX_VALUE)).isEqualTo(ResidentMemory.NONE);
        assertThat(ResidentMemory.ofTree(Long.MAX_VALUE)).isEqualTo(ResidentMemory.NONE);
    }

    @Test
    void findsThePostmasterFromItsPidFile(@TempDir Path data) throws IOException {
        assertThat(ResidentMemory.postmasterPid(data)).isEmpty();

        Files.writeString(data.resolve("postmaster.pid"), "4242\n/data/postgres\n1732300000\n55432\n");

        assertThat(ResidentMemory.postmasterPid(data)).hasValue(4242);
    }

    @Test
    void formatsMebibytesAndGibibytes() {
        assertThat(ResidentMemory.format(300L * 1024 * 1024)).isEqualTo("300 MiB");
        assertThat(ResidentMemory.format(4L * 1024 * 1024 * 1024)).isEqualTo("4.00 GiB");
    }
}
