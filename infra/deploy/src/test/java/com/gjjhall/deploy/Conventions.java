package com.gjjhall.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of infra/CONVENTIONS.md the deployment files must agree with, read from the page itself
 * so that a change there shows up here as a failing check rather than as silent drift.
 */
record Conventions(List<Process> services, Set<String> settings, List<String> topics) {

    /** A Spring Boot process from the "Processes, ports, databases" table. */
    record Process(String name, int port, Optional<String> database) {
        boolean ownsDatabase() {
            return database.isPresent();
        }
    }

    static final String GATEWAY = "gateway-service";
    static final String IDENTITY = "identity-service";
    /** Only for test and training clusters; never part of a production set. */
    static final Set<String> NON_PRODUCTION = Set.of("bank-simulator");

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    private static final Pattern TEMPLATE = Pattern.compile("([A-Z0-9_]*)<[A-Z]+>([A-Z0-9_]*)");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern TOPIC = Pattern.compile("[a-z]+(\\.[a-z]+)+");

    static Conventions read(Path markdown) throws IOException {
        return parse(Files.readString(markdown));
    }

    static Conventions parse(String markdown) {
        List<Process> services = new ArrayList<>();
        for (List<String> row : tableRows(section(markdown, "Processes, ports, databases"))) {
            if (row.size() >= 3 && SERVICE_NAME.matcher(row.get(0)).matches() && row.get(1).matches("\\d+")) {
                String database = row.get(2).replace("`", "").trim();
                services.add(new Process(row.get(0), Integer.parseInt(row.get(1)),
                        database.equals("none") ? Optional.empty() : Optional.of(database)));
            }
        }
        Set<String> settings = new LinkedHashSet<>();
        for (List<String> row : tableRows(section(markdown, "Settings"))) {
            settings.addAll(variablesIn(row.get(0)));
        }
        List<String> topics = new ArrayList<>();
        String kafka = section(markdown, "Kafka");
        Matcher bullet = Pattern.compile("(?ms)^- Topics:(.*?)(?=^- |\\z)").matcher(kafka);
        if (bullet.find()) {
            for (String token : backticked(bullet.group(1))) {
                if (TOPIC.matcher(token).matches()) {
                    topics.add(token);
                } else if (token.equals("deadletter.<group>")) {
                    // The consumer group is the service's name; every service with a database consumes.
                    services.stream().filter(Process::ownsDatabase).forEach(s -> topics.add("deadletter." + s.name()));
                }
            }
        }
        if (services.isEmpty() || settings.isEmpty() || topics.isEmpty()) {
            throw new IllegalStateException("CONVENTIONS.md: could not read the services table (" + services.size()
                    + " rows), the settings table (" + settings.size() + ") or the topics (" + topics.size() + ")");
        }
        return new Conventions(List.copyOf(services), Set.copyOf(settings), List.copyOf(topics));
    }

    Optional<Process> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The {@code GJJ_GATEWAY_ROUTES_<DOMAIN>} variables, each with the service it must point at. */
    List<String> gatewayRouteVariables() {
        return settings.stream().filter(v -> v.startsWith("GJJ_GATEWAY_ROUTES_")).sorted().toList();
    }

    static String routedService(String routeVariable) {
        return routeVariable.substring("GJJ_GATEWAY_ROUTES_".length()).toLowerCase() + "-service";
    }

    /** The first cell of a settings row: names like `A_B`, or a template `A_<X>` expanded by `(`X1`, `X2`)`. */
    static Set<String> variablesIn(String cell) {
        Set<String> names = new LinkedHashSet<>();
        List<String> values = new ArrayList<>();
        Matcher group = PARENTHESISED.matcher(cell);
        while (group.find()) {
            values.addAll(backticked(group.group(1)));
        }
        for (String token : backticked(cell)) {
            Matcher template = TEMPLATE.matcher(token);
            if (template.matches()) {
                values.forEach(v -> names.add(template.group(1) + v + template.group(2)));
            } else if (VARIABLE.matcher(token).matches()) {
                names.add(token);
            }
        }
        return names;
    }

    private static List<String> backticked(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            tokens.add(m.group(1).trim());
        }
        return tokens;
    }

    private static String section(String markdown, String headingStart) {
        Matcher m = Pattern.compile("(?ms)^## " + Pattern.quote(headingStart) + "[^\\n]*\\n(.*?)(?=^## |\\z)").matcher(markdown);
        if (!m.find()) {
            throw new IllegalStateException("CONVENTIONS.md has no section '## " + headingStart + "'");
        }
        return m.group(1);
    }

    private static List<List<String>> tableRows(String section) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : section.split("\n")) {
            String t = line.trim();
            if (!t.startsWith("|") || t.matches("\\|[\\s|:-]+\\|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length()).split("\\|")) {
                cells.add(cell.trim());
            }
            rows.add(cells);
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size()); // the first row is the header
    }
}
