package com.gjjhall.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One service of the platform running as a child {@code java} process: started from its jar with its
 * environment, output in a log file, healthy once {@code /actuator/health} answers {@code UP}.
 *
 * <p>Used by the launcher and by tests that start service jars.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Sized so that seven services, Kafka and PostgreSQL stay within 4 GiB resident together. */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:MaxMetaspaceSize=160m", "-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8");
    /**
     * Flags that, placed after {@link #JVM_OPTIONS}, make a service's JVM the one it is where it is deployed
     * ({@code infra/deploy}: the Dockerfile's {@code -XX:MaxRAMPercentage=70 -XX:InitialRAMPercentage=50} in a
     * container of 1 GiB and 2 CPUs, where the JVM picks SerialGC by itself, and the full JIT). The benchmarks
     * measure the platform this way; the launcher's smaller heaps and C1-only JIT keep a whole platform on a
     * developer's machine within 4 GiB.
     */
    public static final List<String> DEPLOYED_JVM_FLAGS = List.of(
            "-Xms512m", "-Xmx717m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4");
    public static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);
    public static final int LOG_TAIL_LINES = 30;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /** Runs {@code java JVM_OPTIONS -jar jar} with {@code env} added to this process's environment. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        return start(name, List.of("-jar", jar.toString()), port, env, logFile);
    }

    /** Runs {@code java JVM_OPTIONS javaArguments}, e.g. {@code -cp <classpath> <main class>}. */
    public static ServiceProcess start(String name, List<String> javaArguments, int port, Map<String, String> env,
                                       Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            return new ServiceProcess(name, port, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Waits until every process is healthy, calling {@code onHealthy} for each as it gets there.
     *
     * @throws NotHealthyException for the first process that exits or is still not healthy at the timeout
     */
    public static void awaitHealthy(Collection<ServiceProcess> processes, Duration timeout,
                                    Consumer<ServiceProcess> onHealthy) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            for (ServiceProcess p : List.copyOf(waiting)) {
                if (p.isHealthy()) {
                    waiting.remove(p);
                    onHealthy.accept(p);
                } else if (!p.process.isAlive()) {
                    throw new NotHealthyException(p, "exited with code " + p.process.exitValue());
                } else if (System.nanoTime() > deadline) {
                    throw new NotHealthyException(p, "not healthy after " + timeout.toSeconds() + " s");
                }
            }
            if (!waiting.isEmpty()) {
                sleep(POLL_INTERVAL);
            }
        }
    }

    public void awaitHealthy(Duration timeout) {
        awaitHealthy(List.of(this), timeout, p -> { });
    }

    /** One probe of {@code /actuator/health}. */
    public boolean isHealthy() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops the processes together: SIGTERM to all, then up to {@code grace} for them to finish, then a kill
     * for those still running (with whatever they started). Reports one line per process.
     */
    public static void stopAll(Collection<ServiceProcess> processes, Duration grace, Consumer<String> report) {
        processes.forEach(p -> p.process.destroy());
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServiceProcess p : processes) {
            List<ProcessHandle> descendants = p.process.descendants().toList();
            boolean exited = waitFor(p.process, Math.max(0, deadline - System.nanoTime()));
            if (!exited) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                p.process.destroyForcibly();
                waitFor(p.process, TimeUnit.SECONDS.toNanos(5));
            }
            report.accept(exited
                    ? p.name + " stopped (exit code " + p.process.exitValue() + ")"
                    : p.name + " killed: still running " + grace.toSeconds() + " s after SIGTERM");
        }
    }

    @Override
    public void close() {
        stopAll(List.of(this), STOP_GRACE, line -> { });
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Resident memory of the process and anything it started. */
    public ResidentMemory residentMemory() {
        return ResidentMemory.ofTree(process.pid());
    }

    /** The last {@code lines} lines of the log (malformed bytes replaced, never an exception). */
    public String logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean waitFor(Process process, long nanos) {
        try {
            return process.waitFor(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for services", e);
        }
    }

    /** A service that exited or stayed unhealthy; the message ends with the tail of its log. */
    public static final class NotHealthyException extends IllegalStateException {

        private final transient ServiceProcess process;

        NotHealthyException(ServiceProcess process, String reason) {
            super(process.name + " " + reason + "; last " + LOG_TAIL_LINES + " lines of " + process.logFile + ":"
                    + System.lineSeparator() + process.logTail(LOG_TAIL_LINES));
            this.process = process;
        }

        public ServiceProcess process() {
            return process;
        }
    }
}
