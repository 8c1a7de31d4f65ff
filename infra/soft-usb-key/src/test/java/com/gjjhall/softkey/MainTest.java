package com.gjjhall.softkey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line against a stand-in for the hall that checks the signature as identity-service does. */
class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private HttpServer hall;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startTheHall() throws IOException {
        hall = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        hall.createContext("/api/identity/login-challenges", exchange -> answer(exchange, 201, "{\"challenge\":\"c-42\"}"));
        hall.createContext("/api/identity/sessions", this::session);
        hall.start();
    }

    @AfterEach
    void stopTheHall() {
        hall.stop(0);
    }

    @Test
    void loginPrintsOnlyTheTokenWhenTheHallAcceptsTheSignature() {
        for (String format : new String[] {"DER", "RAW"}) {
            out.reset();
            Path key = TestCertificates.keyFile(directory, KeyAlgorithm.SM2, null);
            String[] args = format.equals("RAW")
                    ? new String[] {"login", "--key", key.toString(), "--pin", "123456", "--login", "demo-maker",
                            "--password", "Demo@2026", "--url", url(), "--raw"}
                    : new String[] {"login", "--key", key.toString(), "--pin", "123456", "--login", "demo-maker",
                            "--password", "Demo@2026", "--url", url()};
            assertThat(run(args)).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
            assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo("token-for-demo-maker");
        }
    }

    @Test
    void aRefusedLoginShowsTheHallsChineseMessage() {
        Path key = TestCertificates.keyFile(directory, KeyAlgorithm.ECDSA_P256, null);
        int exit = run("login", "--key", key.toString(), "--pin", "123456", "--login", "demo-maker",
                "--password", "wrong-one", "--url", url());
        assertThat(exit).isEqualTo(Main.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("登录密码错误");
        assertThat(out.size()).isZero();
    }

    @Test
    void aWrongPinStopsBeforeAnythingIsSentAndTheSixthLocksTheKey() {
        Path key = TestCertificates.keyFile(directory, KeyAlgorithm.SM2, null);
        for (int i = 0; i < 5; i++) {
            assertThat(run("sign", "--key", key.toString(), "--pin", "999999", "--challenge", "x")).isEqualTo(Main.WRONG_PIN);
        }
        assertThat(run("sign", "--key", key.toString(), "--pin", "999999", "--challenge", "x")).isEqualTo(Main.LOCKED);
        assertThat(run("info", "--key", key.toString())).isEqualTo(Main.LOCKED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("再输错1次证书将被锁定");
    }

    @Test
    void missingOptionsAreNamed() {
        assertThat(run("login", "--key", "x.p12")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--login is required");
    }

    @Test
    void aFileThatIsNoKeyFileIsNeverReportedAsAWrongPinNorLocked() throws IOException {
        Path notAKey = directory.resolve("three-bytes.p12");
        java.nio.file.Files.write(notAKey, new byte[]{1, 2, 3});
        for (int run = 0; run < SoftUsbKey.MAX_WRONG_PINS + 1; run++) {
            err.reset();
            int exit = run("login", "--key", notAKey.toString(), "--pin", "000000", "--login", "demo-maker",
                    "--password", "Demo@2026", "--url", url());
            assertThat(exit).isEqualTo(Main.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是有效的证书文件").doesNotContain("PIN码错误").doesNotContain("锁定");
        }
    }

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null).run(args);
    }

    private String url() {
        return "http://localhost:" + hall.getAddress().getPort();
    }

    private void session(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.provider())
                    .generateCertificate(new ByteArrayInputStream(body.get("certificate").asText().getBytes(StandardCharsets.US_ASCII)));
            boolean signed = body.get("challenge").asText().equals("c-42") && Signatures.verify(certificate.getPublicKey(),
                    SignerId.of(certificate), "c-42".getBytes(StandardCharsets.UTF_8),
                    Base64.getDecoder().decode(body.get("signature").asText()));
            if (!signed) {
                answer(exchange, 401, "{\"code\":\"SIGNATURE_FAILED\",\"title\":\"签名失败\"}");
            } else if (!body.get("password").asText().equals("Demo@2026")) {
                answer(exchange, 401, "{\"code\":\"WRONG_PASSWORD\",\"title\":\"登录密码错误\",\"detail\":\"登录密码错误，再输错5次将暂时冻结\"}");
            } else {
                answer(exchange, 201, "{\"token\":\"token-for-" + body.get("loginName").asText() + "\",\"operatorId\":\"OP1\",\"unitId\":\"U1\"}");
            }
        } catch (Exception e) {
            answer(exchange, 400, "{\"code\":\"INVALID_INPUT\",\"title\":\"" + e + "\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
