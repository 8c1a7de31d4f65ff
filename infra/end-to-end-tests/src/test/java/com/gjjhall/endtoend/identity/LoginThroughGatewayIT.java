package com.gjjhall.endtoend.identity;

import com.gjjhall.endtoend.Http;
import com.gjjhall.endtoend.Logins;
import com.gjjhall.endtoend.SoftUsbKeyCommandLine;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Login through the gateway end to end, with the real jars: a clerk enrols a unit, registers its operators
 * and issues their soft USB keys (SM2 and ECDSA P-256); each operator logs in with the soft-usb-key command
 * line; tokens work through the gateway, and tampered or expired ones are refused by the gateway and by
 * identity-service itself.
 */
@WithRealInfrastructure(database = "e2e_probe")
class LoginThroughGatewayIT {

    private static final String PASSWORD = Logins.DEMO_PASSWORD;
    private static IdentityPlatform platform;

    @TempDir
    Path keys;

    @BeforeAll
    static void startIdentityAndGateway(Infrastructure infrastructure) {
        platform = IdentityPlatform.start(infrastructure);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void sm2AndEcdsaOperatorsLogInThroughTheGatewayWithTheSoftUsbKeyCommandLine() throws Exception {
        String clerk = Logins.staffToken(platform.gatewayUrl(), "demo-clerk");
        Http.Answer unit = Http.send("POST", platform.gatewayUrl() + "/api/identity/units", clerk,
                Map.of("unifiedSocialCreditCode", newCreditCode(), "unitName", "端到端单位"));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        String unitId = unit.body().get("unitId").asText();

        for (String algorithm : new String[] {"SM2", "ECDSA_P256"}) {
            String loginName = "e2e-" + algorithm.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
            Http.Answer operator = Http.send("POST", platform.gatewayUrl() + "/api/identity/operators", clerk, Map.of(
                    "unitId", unitId, "loginName", loginName, "mobile", "13912345678", "initialPassword", PASSWORD));
            assertThat(operator.status()).as(operator.toString()).isEqualTo(201);
            String operatorId = operator.body().get("operatorId").asText();
            Http.Answer issued = Http.send("POST", platform.gatewayUrl() + "/api/identity/certificates", clerk,
                    Map.of("operatorId", operatorId, "algorithm", algorithm));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            Path keyFile = keys.resolve(issued.body().get("keyFileName").asText());
            Files.write(keyFile, Base64.getDecoder().decode(issued.body().get("keyFile").asText()));
            String pin = issued.body().get("pin").asText();

            SoftUsbKeyCommandLine.Run login = SoftUsbKeyCommandLine.run("login", "--key", keyFile.toString(),
                    "--pin", pin, "--login", loginName, "--password", PASSWORD, "--url", platform.gatewayUrl());
            assertThat(login.exitCode()).as(algorithm + ": " + login.err()).isZero();
            Http.Answer me = Http.send("GET", platform.gatewayUrl() + "/api/identity/operators/current", login.out(), null);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body().get("operatorId").asText()).isEqualTo(operatorId);
            assertThat(me.body().get("unitId").asText()).isEqualTo(unitId);

            SoftUsbKeyCommandLine.Run wrongPassword = SoftUsbKeyCommandLine.run("login", "--key", keyFile.toString(),
                    "--pin", pin, "--login", loginName, "--password", "not-it", "--url", platform.gatewayUrl(), "--raw");
            assertThat(wrongPassword.exitCode()).isEqualTo(1);
            assertThat(wrongPassword.err()).contains("登录密码错误").contains("再输错5次将暂时冻结");
            assertThat(wrongPassword.out()).isEmpty();
        }
    }

    @Test
    void theDemoMakerLogsInWithTheDemoSoftUsbKeyAndNotWithThePasswordAlone() {
        assertThat(platform.demoKeys.resolve("demo-maker.p12")).exists();
        assertThat(platform.demoKeys.resolve("README.txt")).content(StandardCharsets.UTF_8).contains("PIN 123456");
        String token = Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys, "demo-maker");
        Http.Answer unit = Http.send("GET", platform.gatewayUrl() + "/api/identity/units/current", token, null);
        assertThat(unit.status()).as(unit.toString()).isEqualTo(200);
        assertThat(unit.body().path("unitName").asText()).isEqualTo("示范单位");
        assertThat(unit.body().path("onlineBusinessOpenedAt").isNull()).isFalse();

        Http.Answer passwordOnly = Http.send("POST", platform.gatewayUrl() + "/api/identity/sessions", null,
                Map.of("loginName", "demo-maker", "password", PASSWORD));
        assertThat(passwordOnly.status()).as(passwordOnly.toString()).isEqualTo(401);
        assertThat(passwordOnly.body().path("token").isMissingNode()).isTrue();
    }

    @Test
    void tamperedAndExpiredTokensAreRefusedByTheGatewayAndByIdentityService(Infrastructure infrastructure) throws Exception {
        String token = Logins.staffToken(platform.gatewayUrl(), "demo-ops");
        assertThat(me(platform.gatewayUrl(), token)).isEqualTo(200);

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"OPS\"", "\"CLERK\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(me(platform.gatewayUrl(), tampered)).as("gateway, tampered").isEqualTo(401);
        assertThat(me(platform.identityUrl(), tampered)).as("identity-service, tampered").isEqualTo(401);

        String expired = PlatformSigningKey.expiredToken(infrastructure, platform, "OP-DEMO-OPS", "U-CENTRE", "OPS");
        assertThat(me(platform.gatewayUrl(), expired)).as("gateway, expired").isEqualTo(401);
        assertThat(me(platform.identityUrl(), expired)).as("identity-service, expired").isEqualTo(401);

        assertThat(Http.send("GET", platform.gatewayUrl() + "/api/account/unit", token, null).status())
                .as("gateway, before logout: past the token check to a service that is not running").isEqualTo(503);
        Http.Answer logout = Http.send("DELETE", platform.gatewayUrl() + "/api/identity/sessions/current", token, null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(me(platform.identityUrl(), token)).as("identity-service, after logout").isEqualTo(401);
        // The gateway learns of the logout from identity.SessionRevoked and turns the token away itself: a path
        // of a service this platform does not run answers 401 then, where a live token would get as far as 503.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Http.send("GET", platform.gatewayUrl() + "/api/account/unit", token, null).status())
                        .as("gateway, after logout").isEqualTo(401));
    }

    private static int me(String baseUrl, String token) throws Exception {
        return Http.send("GET", baseUrl + "/api/identity/operators/current", token, null).status();
    }

    /** A unified social credit code with its GB 32100 check character. */
    private static String newCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("91420100");
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
    }
}
