package com.gjjhall.deploy;

import java.util.regex.Pattern;

/** What an environment variable of a container is set to, as far as files can tell without an engine. */
sealed interface EnvValue {

    /** Text in the file; in compose it may hold {@code ${VAR}} placeholders filled in at start. */
    record Literal(String text) implements EnvValue {
    }

    /** Taken from a Kubernetes Secret. */
    record SecretRef(String secret, String key) implements EnvValue {
    }

    /**
     * A compose placeholder that must be supplied and has no default: {@code ${VAR}}, {@code ${VAR:?why}}
     * or {@code ${VAR?why}}. A default ({@code ${VAR:-x}}) would put a literal value in the file.
     */
    Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?\\?[^}]*)?}");

    /** Names that hold secrets: their values may only come from a Secret or a required placeholder. */
    Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|master.?key|private.?key|credential|api.?key).*");

    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    /** Whether the value keeps the secret out of the file. */
    default boolean keepsSecretOut() {
        return this instanceof SecretRef
                || this instanceof Literal l && REQUIRED_PLACEHOLDER.matcher(l.text().trim()).matches();
    }

    /** The text, or null for a reference whose value only the cluster knows. */
    default String textOrNull() {
        return this instanceof Literal l ? l.text() : null;
    }
}
