package com.gjjhall.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The soft USB key's command line, run as a user runs it: {@code java -jar soft-usb-key.jar ...}. */
public final class SoftUsbKeyCommandLine {

    /** How a run ended: its exit code and what it printed (standard output trimmed). */
    public record Run(int exitCode, String out, String err) {
    }

    public static final Path JAR = ServiceJars.ROOT.resolve("infra/soft-usb-key/target/soft-usb-key.jar");

    private SoftUsbKeyCommandLine() {
    }

    public static Run run(String... args) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build infra/soft-usb-key first (mvn install)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("soft-usb-key", ".out");
            Path err = Files.createTempFile("soft-usb-key", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("soft-usb-key did not finish within 60 s");
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).trim(),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running soft-usb-key", e);
        }
    }
}
