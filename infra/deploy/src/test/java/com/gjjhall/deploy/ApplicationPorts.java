package com.gjjhall.deploy;

import static com.gjjhall.deploy.Yamls.at;
import static com.gjjhall.deploy.Yamls.map;
import static com.gjjhall.deploy.Yamls.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The port a service module declares in its own application.yml, where it declares one. */
final class ApplicationPorts {

    /** 8081, or a placeholder with a default such as ${SERVER_PORT:8081}. */
    private static final Pattern PORT = Pattern.compile("(?:\\$\\{[A-Za-z_.-]+:)?(\\d+)}?");

    private ApplicationPorts() {
    }

    /** The module is at the repository's top level, or under infra/ (the bank simulator). */
    static Optional<Path> applicationYml(Path repository, String service) {
        for (Path module : List.of(repository.resolve(service), repository.resolve("infra").resolve(service))) {
            for (String name : List.of("application.yml", "application.yaml")) {
                Path file = module.resolve("src/main/resources").resolve(name);
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /** server.port of the default (non-profile) documents; empty when none sets it. */
    static Optional<String> declaredPort(Path file) throws IOException {
        for (Object document : Yamls.loadAll(file)) {
            boolean profileOnly = at(document, "spring", "config", "activate", "on-profile") != null
                    || map(document).containsKey("spring.config.activate.on-profile");
            Object port = at(document, "server", "port");
            if (port == null) {
                port = map(document).get("server.port");
            }
            if (!profileOnly && port != null) {
                return Optional.ofNullable(text(port));
            }
        }
        return Optional.empty();
    }

    /** A problem when the module's application.yml declares another port than the table. */
    static Optional<String> check(Path repository, String service, int port) throws IOException {
        Optional<Path> file = applicationYml(repository, service);
        if (file.isEmpty()) {
            return Optional.empty(); // the module is still being written: nothing to compare yet
        }
        Optional<String> declared = declaredPort(file.get());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PORT.matcher(declared.get().trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) != port) {
            return Optional.of(repository.relativize(file.get()) + ": server.port is " + declared.get()
                    + ", CONVENTIONS.md says " + service + " listens on " + port);
        }
        return Optional.empty();
    }
}
