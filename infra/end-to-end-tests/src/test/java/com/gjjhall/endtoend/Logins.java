package com.gjjhall.endtoend;

import java.nio.file.Path;
import java.util.Map;

/**
 * Logins through the gateway as the demo world's people make them, in one place for every end-to-end test.
 * Operators of a unit (demo-maker, demo-checker) log in with password and soft USB key: identity-service
 * refuses their password alone. Fund-centre staff (demo-clerk, demo-ops) log in with a password.
 */
public final class Logins {

    /** Every demo login's password. */
    public static final String DEMO_PASSWORD = "Demo@2026";
    /** The demo soft USB keys' PIN. */
    public static final String DEMO_PIN = "123456";

    private Logins() {
    }

    /**
     * An operator's token: the soft USB key's command line signs a fresh login challenge with
     * {@code <demoKeyDirectory>/<loginName>.p12} (written by identity-service's demo seed) and prints the token.
     */
    public static String operatorToken(String gatewayUrl, Path demoKeyDirectory, String loginName) {
        SoftUsbKeyCommandLine.Run login = SoftUsbKeyCommandLine.run("login",
                "--key", demoKeyDirectory.resolve(loginName + ".p12").toString(), "--pin", DEMO_PIN,
                "--login", loginName, "--password", DEMO_PASSWORD, "--url", gatewayUrl);
        if (login.exitCode() != 0 || login.out().isEmpty()) {
            throw new IllegalStateException("soft-usb-key login of " + loginName + " failed (exit code "
                    + login.exitCode() + "): " + login.err());
        }
        return login.out();
    }

    /** A fund-centre staff member's token, from {@code POST /api/identity/sessions} with the password. */
    public static String staffToken(String gatewayUrl, String loginName) {
        Http.Answer session = Http.send("POST", gatewayUrl + "/api/identity/sessions", null,
                Map.of("loginName", loginName, "password", DEMO_PASSWORD));
        if (session.status() != 201) {
            throw new IllegalStateException("login of " + loginName + ": " + session);
        }
        return session.body().path("token").asText();
    }
}
