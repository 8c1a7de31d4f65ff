package com.gjjhall.deploy;

import static com.gjjhall.deploy.Yamls.map;
import static com.gjjhall.deploy.Yamls.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** No password or key is written into the deployment files: only placeholders and Secret references. */
final class SecretRules {

    /** How the Secret template marks a value the operator must supply. */
    private static final Pattern TEMPLATE_PLACEHOLDER = Pattern.compile("<[^<>]+>");

    private SecretRules() {
    }

    /** Any secret-named key in a compose file (environment, list form included) holds a required placeholder. */
    static List<String> inCompose(String where, Object node) {
        List<String> problems = new ArrayList<>();
        walk(node, "", (path, key, value) -> {
            if (isSecretKey(key) && !new EnvValue.Literal(value).keepsSecretOut()) {
                problems.add(where + ": " + path + " is a literal secret; use a required placeholder ${VAR:?...}");
            }
        });
        return problems;
    }

    /**
     * In a manifest: no env entry with a secret name and a literal value, no secret-named key in a
     * ConfigMap (or anywhere else), and no Secret with values except the template's placeholders.
     */
    static List<String> inManifest(String where, Map<String, Object> doc, boolean template) {
        List<String> problems = new ArrayList<>();
        if ("Secret".equals(text(doc, "kind"))) {
            if (!template) {
                problems.add(where + ": a Secret with its values in the manifests; create it out of band from k8s/templates");
            }
            for (String field : List.of("data", "stringData")) {
                map(doc.get(field)).forEach((key, value) -> {
                    if (!TEMPLATE_PLACEHOLDER.matcher(String.valueOf(value)).matches()) {
                        problems.add(where + ": " + field + "." + key + " holds a value, not a <placeholder>");
                    }
                });
            }
            return problems;
        }
        walk(doc, "", (path, key, value) -> {
            if (isSecretKey(key)) {
                problems.add(where + ": " + path + " is a literal secret; use a secretKeyRef");
            }
        });
        walkMaps(doc, "", (path, m) -> {
            String name = text(m.get("name"));
            if (name != null && EnvValue.isSecretName(name) && m.containsKey("value")) {
                problems.add(where + ": env " + name + " (" + path + ") has a literal value; use valueFrom.secretKeyRef");
            }
        });
        return problems;
    }

    /** secretName, secretKeyRef and the like name a Secret; they hold none. */
    private static boolean isSecretKey(String key) {
        return EnvValue.isSecretName(key) && !key.matches("(?i).*(name|ref)");
    }

    private interface ScalarVisitor {
        void visit(String path, String key, String value);
    }

    private interface MapVisitor {
        void visit(String path, Map<?, ?> map);
    }

    private static void walk(Object node, String path, ScalarVisitor visitor) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                String child = path.isEmpty() ? key : path + "." + key;
                if (v instanceof Map || v instanceof List) {
                    walk(v, child, visitor);
                } else if (v != null) {
                    visitor.visit(child, key, String.valueOf(v));
                }
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                Object item = l.get(i);
                String child = path + "[" + i + "]";
                if (item instanceof String s && s.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                    String[] pair = s.split("=", 2); // compose's list form of environment
                    visitor.visit(child, pair[0], pair[1]);
                } else {
                    walk(item, child, visitor);
                }
            }
        }
    }

    private static void walkMaps(Object node, String path, MapVisitor visitor) {
        if (node instanceof Map<?, ?> m) {
            visitor.visit(path, m);
            m.forEach((k, v) -> walkMaps(v, path.isEmpty() ? String.valueOf(k) : path + "." + k, visitor));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walkMaps(l.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
