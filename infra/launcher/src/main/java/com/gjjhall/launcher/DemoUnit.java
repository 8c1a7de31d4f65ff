package com.gjjhall.launcher;

import java.util.List;
import java.util.Map;

/**
 * The demo unit and its operators, seeded by identity-service, as the launcher tells the user how to log
 * in. identity-service owns the seed (its {@code DemoUnit}): keep these facts in step with it.
 */
public final class DemoUnit {

    /** identity-service seeds the demo world only when asked ({@code gjj.demo.seed}); the launcher asks. */
    public static final Map<String, String> SEED_ENVIRONMENT = Map.of("GJJ_DEMO_SEED", "true");
    public static final String UNIT_NAME = "示范单位";
    public static final String MAKER_LOGIN = "demo-maker";
    public static final String CHECKER_LOGIN = "demo-checker";
    public static final String CENTRE_CLERK_LOGIN = "demo-clerk";
    public static final String CENTRE_OPS_LOGIN = "demo-ops";
    public static final String PASSWORD = "Demo@2026";
    public static final String USB_KEY = "each operator's soft USB key file, written by identity-service when it "
            + "seeds the unit (its log says where)";

    private DemoUnit() {
    }

    static List<String> loginHelp(String gatewayUrl) {
        return List.of(
                "Log in at " + gatewayUrl + " as an operator of the demo unit " + UNIT_NAME
                        + " (seeded by identity-service):",
                "  maker:   " + MAKER_LOGIN + " / " + PASSWORD,
                "  checker: " + CHECKER_LOGIN + " / " + PASSWORD,
                "  (fund centre staff: " + CENTRE_CLERK_LOGIN + ", ops " + CENTRE_OPS_LOGIN + ", same password)",
                "  with " + USB_KEY);
    }
}
