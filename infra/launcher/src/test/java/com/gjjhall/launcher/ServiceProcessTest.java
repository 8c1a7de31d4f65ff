package com.gjjhall.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceProcessTest {

    @TempDir
    Path logs;

    @Test
    void startsAChildWaitsUntilItIsHealthyMeasuresItAndStopsItLeavingNoProcess() throws IOException {
        int port = freePort();
        ServiceProcess fake = fakeService(port);
        long pid = fake.pid();
        List<String> report = new ArrayList<>();
        try {
            fake.awaitHealthy(Duration.ofSeconds(30));

            assertThat(fake.isHealthy()).isTrue();
            assertThat(fake.residentMemory().rss()).isGreaterThan(0);
            assertThat(fake.logTail(5)).contains("listening on " + port);
        } finally {
            ServiceProcess.stopAll(List.of(fake), Duration.ofSeconds(20), report::add);
        }

        assertThat(report).singleElement().asString().startsWith("fake stopped (exit code");
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).doesNotContain(pid);
    }

    @Test
    void aChildThatExitsAtOnceIsReportedWithTheTailOfItsLog() throws IOException {
        ServiceProcess failing = ServiceProcess.start("failing", List.of("-cp", System.getProperty("java.class.path"),
                FakeService.class.getName(), "fail"), freePort(), Map.of(), logs.resolve("failing.log"));

        assertThatThrownBy(() -> failing.awaitHealthy(Duration.ofSeconds(30)))
                .isInstanceOf(ServiceProcess.NotHealthyException.class)
                .hasMessageContaining("failing exited with code 3")
                .hasMessageContaining("APPLICATION FAILED TO START: database unreachable");
        assertThat(failing.isAlive()).isFalse();
    }

    @Test
    void aChildThatNeverGetsHealthyIsReportedAtTheTimeout() throws IOException {
        int port = freePort();
        int otherPort = freePort();
        ServiceProcess listeningElsewhere = ServiceProcess.start("deaf", List.of("-cp",
                System.getProperty("java.class.path"), FakeService.class.getName()), port,
                Map.of("SERVER_PORT", Integer.toString(otherPort)), logs.resolve("deaf.log"));
        try (listeningElsewhere) {
            assertThatThrownBy(() -> listeningElsewhere.awaitHealthy(Duration.ofSeconds(3)))
                    .isInstanceOf(ServiceProcess.NotHealthyException.class)
                    .hasMessageContaining("deaf not healthy after 3 s");
        }
        assertThat(listeningElsewhere.isAlive()).isFalse();
    }

    private ServiceProcess fakeService(int port) {
        return ServiceProcess.start("fake", List.of("-cp", System.getProperty("java.class.path"),
                FakeService.class.getName()), port, Map.of("SERVER_PORT", Integer.toString(port)),
                logs.resolve("fake.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
