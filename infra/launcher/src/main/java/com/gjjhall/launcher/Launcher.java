package com.gjjhall.launcher;

import com.gjjhall.launcher.PlatformServices.Backends;
import com.gjjhall.launcher.PlatformServices.Service;
import sun.misc.Signal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Starts the whole platform on this machine: PostgreSQL, Kafka, the bank simulator and the six services,
 * each service a child process; waits until all are healthy; stops them all on Ctrl-C.
 *
 * <p>Ctrl-C, SIGTERM and SIGHUP are handled as signals, not only by a shutdown hook: zonky's embedded
 * PostgreSQL registers a hook of its own, and JVM hooks run in no order, so PostgreSQL would stop while
 * the services still use it.
 */
public final class Launcher {

    static final Duration READY_TARGET = Duration.ofSeconds(60);
    static final long MEMORY_TARGET = 4L * 1024 * 1024 * 1024;
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private final LaunchOptions options;
    private final Path repoRoot;
    private final Instant started;
    private final DataServers dataServers;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean stopping;

    private Launcher(LaunchOptions options, Path repoRoot, Instant started) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.started = started;
        this.dataServers = new DataServers(options, started);
    }

    public static void main(String[] args) throws InterruptedException {
        Instant started = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        Path repoRoot = repoRoot();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), System.getenv(), repoRoot);
        } catch (IllegalArgumentException e) {
            say("%s%n%s", e.getMessage(), LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            say(LaunchOptions.USAGE);
            return;
        }
        Launcher launcher = new Launcher(options, repoRoot, started);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "launcher-stop"));
        for (String signal : List.of("INT", "TERM", "HUP")) {
            Signal.handle(new Signal(signal), s -> launcher.stop());
        }
        try {
            launcher.start();
        } catch (RuntimeException e) {
            if (!launcher.isStopping()) {
                say("FAILED: %s", e.getMessage());
                launcher.stop();
                System.exit(1);
            }
        }
        launcher.stopped.await();
        System.exit(0);
    }

    private void start() {
        say("GJJ Online Hall, local platform. Targets: ready within %d s of start (after the build), at most %s "
                + "resident for everything.", READY_TARGET.toSeconds(), ResidentMemory.format(MEMORY_TARGET));
        prepareDataDirectory();
        checkJarsAndPorts();
        Backends backends = dataServers.start(options.services().stream()
                .map(Service::database).filter(Objects::nonNull).toList());
        startServices(backends);
        ServiceProcess.awaitHealthy(processes, HEALTH_TIMEOUT, p -> say("  healthy  %-19s http://localhost:%d  (%s)",
                p.name(), p.port(), secondsSince(started)));
        reportReady();
        processes.forEach(p -> p.handle().onExit().thenRun(() -> {
            if (!isStopping()) {
                say("! %s exited on its own; its log: %s", p.name(), p.logFile());
            }
        }));
    }

    private void prepareDataDirectory() {
        Path data = options.dataDir();
        if (options.fresh() && Files.exists(data)) {
            if (repoRoot.startsWith(data) || data.equals(Path.of(System.getProperty("user.home")))) {
                throw new IllegalArgumentException("refusing to delete " + data + " for --fresh");
            }
            say("Fresh start: deleting %s", data);
            deleteRecursively(data);
        }
        createDirectories(data.resolve("logs"));
        // Before the first logger exists: Kafka's and PostgreSQL's own messages go to a file, not the console.
        System.setProperty("org.slf4j.simpleLogger.logFile", data.resolve("logs/launcher.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        say("Data: %s (kept between runs; --fresh starts over). Logs: %s", data, data.resolve("logs"));
    }

    private void checkJarsAndPorts() {
        List<String> missing = options.services().stream().map(s -> s.jar(repoRoot))
                .filter(jar -> !Files.isRegularFile(jar)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet: " + String.join(", ", missing)
                    + " (run infra/run-platform.sh without --no-build, or mvn -DskipTests package)");
        }
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (options.embeddedPostgres()) {
            ports.put(PlatformServices.POSTGRES_PORT, "PostgreSQL");
        }
        if (options.embeddedKafka()) {
            ports.put(PlatformServices.KAFKA_PORT, "Kafka");
        }
        options.services().forEach(s -> ports.put(s.port(), s.name()));
        ports.forEach((port, user) -> {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " for " + user
                        + " is taken: is a platform from an earlier run still running?");
            }
        });
    }

    private synchronized void startServices(Backends backends) {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
        for (Service service : options.services()) {
            Map<String, String> env = new LinkedHashMap<>(PlatformServices.environment(service, backends));
            env.putAll(DemoUnit.environment(service, options.dataDir()));
            processes.add(ServiceProcess.start(service.name(),
                    PlatformServices.javaArguments(service, runningCopy(service.jar(repoRoot))), service.port(),
                    env, options.dataDir().resolve("logs").resolve(service.name() + ".log")));
        }
        say("Started %d java process%s, logs in %s; waiting until each is healthy…", processes.size(),
                processes.size() == 1 ? "" : "es", options.dataDir().resolve("logs"));
    }

    /**
     * A copy of the jar for the process to run: Maven rewrites a jar in place, and a service whose jar is
     * rebuilt under it fails on its next class load. Copied again only when the build has changed it.
     */
    private Path runningCopy(Path jar) {
        Path copy = options.dataDir().resolve("jars").resolve(jar.getFileName());
        try {
            Files.createDirectories(copy.getParent());
            if (!Files.exists(copy) || Files.size(copy) != Files.size(jar)
                    || !Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(jar))) {
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + jar, e);
        }
    }

    private void reportReady() {
        Duration ready = Duration.between(started, Instant.now());
        ResidentMemory launcher = ResidentMemory.ofProcess(ProcessHandle.current().pid());
        ResidentMemory postgres = dataServers.postgresMemory();
        ResidentMemory total = processes.stream().map(ServiceProcess::residentMemory)
                .reduce(launcher.plus(postgres), ResidentMemory::plus);
        say("Ready in %.1f s from launcher start (target %d s): %s", ready.toMillis() / 1000.0,
                READY_TARGET.toSeconds(), ready.compareTo(READY_TARGET) <= 0 ? "met" : "MISSED");
        say("Resident memory %s, sum of VmRSS (target %s): %s. Shared pages counted once (PSS): %s",
                ResidentMemory.format(total.rss()), ResidentMemory.format(MEMORY_TARGET),
                total.rss() <= MEMORY_TARGET ? "met" : "MISSED", ResidentMemory.format(total.pss()));
        printMemory("", "VmRSS", "PSS");
        printMemory(options.embeddedKafka() ? "launcher with Kafka" : "launcher", launcher);
        if (options.embeddedPostgres()) {
            printMemory("PostgreSQL, all processes", postgres);
        } else {
            printMemory("PostgreSQL (external)", "not counted", "");
        }
        processes.forEach(p -> printMemory(p.name(), p.residentMemory()));
        if (options.services().contains(PlatformServices.named(PlatformServices.GATEWAY))) {
            String gateway = PlatformServices.named(PlatformServices.GATEWAY).url();
            say("Gateway: %s", gateway);
            DemoUnit.loginHelp(gateway, options.dataDir()).forEach(Launcher::say);
        }
        say("Ctrl-C stops everything.");
    }

    /** Children first, then Kafka, then PostgreSQL; safe to call more than once and from any thread. */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        try {
            if (!processes.isEmpty()) {
                say("Stopping the services (up to %d s)…", ServiceProcess.STOP_GRACE.toSeconds());
                ServiceProcess.stopAll(processes, ServiceProcess.STOP_GRACE, line -> say("  %s", line));
            }
            dataServers.stop();
            say("Stopped.");
        } finally {
            stopped.countDown();
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** The repository of {@code <repo>/infra/launcher/target/launcher.jar} when run from it, else here. */
    static Path repoRoot() {
        Path jar;
        try {
            jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).normalize();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
        return jar.endsWith(Path.of("infra", "launcher", "target", "launcher.jar"))
                ? jar.resolve("../../../..").normalize()
                : Path.of("").toAbsolutePath();
    }

    static String secondsSince(Instant start) {
        return String.format(Locale.ROOT, "%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    static void say(String format, Object... args) {
        OUT.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }

    private static void printMemory(String part, ResidentMemory memory) {
        printMemory(part, ResidentMemory.format(memory.rss()), ResidentMemory.format(memory.pss()));
    }

    private static void printMemory(String part, String rss, String pss) {
        say("    %-26s %9s %9s", part, rss, pss);
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
