package com.gjjhall.launcher;

import com.gjjhall.launcher.PlatformServices.Service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo world the launcher asks for, and how it tells the user to log in. The services own their seeds
 * (identity-service's {@code DemoUnit}: the unit 示范单位, its operators and their soft USB keys; account-service:
 * its employees; collection-service: its agreement; bank-simulator: its payer accounts): keep these facts in
 * step with them.
 */
public final class DemoUnit {

    public static final String UNIT_NAME = "示范单位";
    public static final String MAKER_LOGIN = "demo-maker";
    public static final String CHECKER_LOGIN = "demo-checker";
    public static final String CENTRE_CLERK_LOGIN = "demo-clerk";
    public static final String CENTRE_OPS_LOGIN = "demo-ops";
    public static final String PASSWORD = "Demo@2026";
    public static final String KEY_PIN = "123456";

    private static final Set<String> SEEDING = Set.of(PlatformServices.IDENTITY, "account-service",
            "collection-service", "bank-simulator");

    private DemoUnit() {
    }

    /** Where identity-service writes the operators' soft USB keys: {@code <data dir>/demo-keys}. */
    public static Path keyDirectory(Path dataDir) {
        return dataDir.resolve("demo-keys");
    }

    /** What {@code service} needs to seed its part of the demo world (nothing for the others). */
    static Map<String, String> environment(Service service, Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        if (SEEDING.contains(service.name())) {
            env.put("GJJ_DEMO_SEED", "true");
        }
        if (service.name().equals(PlatformServices.IDENTITY)) {
            env.put("GJJ_DEMO_KEY_DIRECTORY", keyDirectory(dataDir).toAbsolutePath().toString());
        }
        return env;
    }

    static List<String> loginHelp(String gatewayUrl, Path dataDir) {
        Path keys = keyDirectory(dataDir).toAbsolutePath();
        return List.of(
                "Web hall (单位网上业务大厅): " + gatewayUrl + "/  in any browser, no plug-in: login name, password, the key",
                "  file below and its PIN (单位操作员登录), or staff with login name and password (中心人员登录).",
                "Demo unit " + UNIT_NAME + ": operators log in with password " + PASSWORD + " and their soft USB key",
                "  (PIN " + KEY_PIN + "): maker " + keys.resolve(MAKER_LOGIN + ".p12") + " (SM2), checker "
                        + keys.resolve(CHECKER_LOGIN + ".p12") + " (ECDSA P-256), e.g.",
                "  java -jar infra/soft-usb-key/target/soft-usb-key.jar login --key " + keys.resolve(MAKER_LOGIN + ".p12")
                        + " --pin " + KEY_PIN + " --login " + MAKER_LOGIN + " --password " + PASSWORD + " --url " + gatewayUrl,
                "  Fund centre staff log in with the password alone: clerk " + CENTRE_CLERK_LOGIN + ", ops "
                        + CENTRE_OPS_LOGIN + " (POST " + gatewayUrl + "/api/identity/sessions).");
    }
}
