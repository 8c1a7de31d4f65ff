package com.gjjhall.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reading YAML as plain maps and lists, and walking them without a cast at every step. */
final class Yamls {

    private Yamls() {
    }

    /** Every document of a file; duplicate keys are an error, as they are for kubectl and compose. */
    static List<Object> loadAll(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Object> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(options)).loadAll(text)) {
            if (document != null) { // an empty document, e.g. after a trailing '---'
                documents.add(document);
            }
        }
        return documents;
    }

    static List<Object> loadAll(Path file) throws IOException {
        try {
            return loadAll(Files.readString(file));
        } catch (YAMLException e) {
            throw new IllegalStateException(file + ": not well-formed YAML: " + e.getMessage(), e);
        }
    }

    /** YAML files under a directory, build output excluded, in a stable order. */
    static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !dir.relativize(p).startsWith("target"))
                    .sorted()
                    .toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The node at a path of map keys, or null. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    /** A scalar as text (YAML reads 8081 as a number and true as a boolean); null stays null. */
    static String text(Object node) {
        return node == null || node instanceof Map || node instanceof List ? null : String.valueOf(node);
    }

    static String text(Object node, String... path) {
        return text(at(node, path));
    }
}
