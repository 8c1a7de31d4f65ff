package com.gjjhall.softkey;

import java.io.Console;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The soft USB key's command line. {@code login} prints only the token on standard output, so
 * {@code TOKEN=$(java -jar soft-usb-key.jar login ...)} works; everything else goes to standard error.
 * A PIN or password left off the command line is asked for without echo.
 */
public final class Main {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int WRONG_PIN = 3;
    static final int LOCKED = 4;

    private static final Set<String> FLAGS = Set.of("--raw");
    private static final String HELP = """
            usage: java -jar soft-usb-key.jar <command> [options]
              login       --key <file.p12> [--pin <pin>] --login <name> [--password <pw>] --url <gateway> [--raw]
                          log in; prints the session token
              sign        --key <file.p12> [--pin <pin>] --challenge <text> [--raw]
                          prints the base64 signature over the text
              info        --key <file.p12>
                          wrong PINs left, or whether the key is locked
              change-pin  --key <file.p12> [--pin <old>] [--new-pin <new>]
            --raw gives the signature as raw r||s (64 bytes) instead of DER.
            6 wrong PINs in a row lock the key for good: the certificate must then be reissued (换发).""";

    private final PrintStream out;
    private final PrintStream err;
    private final Console console;

    Main(PrintStream out, PrintStream err, Console console) {
        this.out = out;
        this.err = err;
        this.console = console;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err, System.console()).run(args));
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            err.println(HELP);
            return args.length == 0 ? USAGE : OK;
        }
        try {
            Map<String, String> options = options(List.of(args).subList(1, args.length));
            return switch (args[0]) {
                case "login" -> login(options);
                case "sign" -> sign(options);
                case "info" -> info(options);
                case "change-pin" -> changePin(options);
                default -> usage("unknown command " + args[0]);
            };
        } catch (WrongPinException e) {
            err.println(e.getMessage());
            return WRONG_PIN;
        } catch (KeyLockedException e) {
            err.println(e.getMessage());
            return LOCKED;
        } catch (LoginRefusedException e) {
            err.println(e.title() + (e.getMessage().equals(e.title()) ? "" : "：" + e.getMessage())
                    + " (" + e.code() + ", HTTP " + e.status() + ")");
            return REFUSED;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            return REFUSED;
        }
    }

    private int login(Map<String, String> options) throws WrongPinException, KeyLockedException, LoginRefusedException {
        Path file = Path.of(required(options, "--key"));
        String loginName = required(options, "--login");
        URI url = URI.create(required(options, "--url"));
        SoftUsbKey key = SoftUsbKey.open(file);
        UnlockedKey unlocked = key.unlock(secret(options, "--pin", "PIN码: "));
        char[] password = secret(options, "--password", "登录密码: ");
        LoginClient.Session session = new LoginClient(url).login(loginName, password, unlocked, format(options));
        err.println("登录成功: " + loginName + " (" + session.operatorId() + ", " + session.unitId()
                + "), token valid until " + session.expiresAt());
        out.println(session.token());
        return OK;
    }

    private int sign(Map<String, String> options) throws WrongPinException, KeyLockedException {
        SoftUsbKey key = SoftUsbKey.open(Path.of(required(options, "--key")));
        byte[] data = required(options, "--challenge").getBytes(StandardCharsets.UTF_8);
        UnlockedKey unlocked = key.unlock(secret(options, "--pin", "PIN码: "));
        byte[] signature = format(options) == LoginClient.SignatureFormat.RAW ? unlocked.signRaw(data) : unlocked.sign(data);
        out.println(Base64.getEncoder().encodeToString(signature));
        return OK;
    }

    private int info(Map<String, String> options) {
        SoftUsbKey key = SoftUsbKey.open(Path.of(required(options, "--key")));
        if (key.isLocked()) {
            out.println(key.file() + ": locked (证书已锁定，请办理证书换发)");
            return LOCKED;
        }
        out.println(key.file() + ": " + key.triesLeft() + " wrong PINs left before the key locks");
        return OK;
    }

    private int changePin(Map<String, String> options) throws WrongPinException, KeyLockedException {
        SoftUsbKey key = SoftUsbKey.open(Path.of(required(options, "--key")));
        char[] oldPin = secret(options, "--pin", "原PIN码: ");
        char[] newPin = secret(options, "--new-pin", "新PIN码: ");
        key.changePin(oldPin, newPin);
        err.println("PIN码已修改");
        return OK;
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(HELP);
        return USAGE;
    }

    private char[] secret(Map<String, String> options, String name, String prompt) {
        String given = options.get(name);
        if (given != null) {
            return given.toCharArray();
        }
        if (console == null) {
            throw new IllegalArgumentException(name + " is required (no console to ask on)");
        }
        char[] typed = console.readPassword(prompt);
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException(name + " is required");
        }
        return typed;
    }

    private static LoginClient.SignatureFormat format(Map<String, String> options) {
        return options.containsKey("--raw") ? LoginClient.SignatureFormat.RAW : LoginClient.SignatureFormat.DER;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + name);
            }
            if (FLAGS.contains(name)) {
                options.put(name, "");
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return options;
    }
}
