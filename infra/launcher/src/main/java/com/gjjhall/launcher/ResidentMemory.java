package com.gjjhall.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Resident memory of processes, read from Linux's {@code /proc}, in bytes.
 *
 * @param rss VmRSS: counts a page shared by several processes (PostgreSQL's shared buffers, the JDK's
 *            class data) once in each, so a sum of it is an upper bound
 * @param pss proportional set size: a shared page split among its sharers, so sums add up to what the
 *            processes really take together
 */
public record ResidentMemory(long rss, long pss) {

    public static final ResidentMemory NONE = new ResidentMemory(0, 0);
    private static final long MIB = 1024 * 1024;

    /** One process; {@link #NONE} when it is gone or {@code /proc} is not there. */
    public static ResidentMemory ofProcess(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        return new ResidentMemory(1024 * kibibytes(proc.resolve("status"), "VmRSS:"),
                1024 * kibibytes(proc.resolve("smaps_rollup"), "Pss:"));
    }

    /** A process and all its descendants. */
    public static ResidentMemory ofTree(long pid) {
        return ProcessHandle.of(pid).stream()
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .map(p -> ofProcess(p.pid()))
                .reduce(NONE, ResidentMemory::plus);
    }

    /**
     * The PostgreSQL server running on {@code dataDirectory}, from the first line of its
     * {@code postmaster.pid}: pg_ctl detaches the postmaster, so it is no child of whoever started it.
     */
    public static OptionalLong postmasterPid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public ResidentMemory plus(ResidentMemory other) {
        return new ResidentMemory(rss + other.rss, pss + other.pss);
    }

    /** {@code 812 MiB} below a GiB, {@code 2.41 GiB} from there. */
    public static String format(long bytes) {
        return bytes < 1024 * MIB
                ? (bytes + MIB / 2) / MIB + " MiB"
                : String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * MIB));
    }

    private static long kibibytes(Path file, String field) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return 0;
        }
    }
}
