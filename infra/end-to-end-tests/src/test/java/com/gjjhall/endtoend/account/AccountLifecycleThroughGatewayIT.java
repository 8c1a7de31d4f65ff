package com.gjjhall.endtoend.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.endtoend.Http;
import com.gjjhall.endtoend.Logins;
import com.gjjhall.endtoend.ServiceJars;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real jars of identity-service, account-service and the gateway, as processes: the demo unit's operator
 * logs in through the gateway with the soft USB key (password and signature) and takes an employee account
 * through open → seal → unseal → base adjustment, each change visible in the very next query. The demo unit's
 * fund account is opened by account-service when identity's {@code UnitEnrolled} for U-DEMO arrives over Kafka.
 * Needs the jars built first (identity-service, account-service, gateway-service, infra/soft-usb-key).
 */
@WithRealInfrastructure(database = "e2e_account_probe")
class AccountLifecycleThroughGatewayIT {

    private static final String IDENTITY_DB = "identity_e2e_account";
    private static List<ServiceProcess> services = List.of();
    private static String gateway;

    @BeforeAll
    static void startServices(Infrastructure infrastructure) {
        ServiceProcess identity = ServiceJars.service("identity-service").database(IDENTITY_DB)
                .env("GJJ_DEMO_SEED", "true").start(infrastructure);
        String identityUrl = "http://localhost:" + identity.port();
        String jwks = identityUrl + "/api/identity/jwks";
        ServiceProcess account = ServiceJars.service("account-service").database("account_e2e_account")
                .env("GJJ_TOKENS_JWKS_URI", jwks).start(infrastructure);
        ServiceProcess gatewayProcess = ServiceJars.service("gateway-service").env(Map.of(
                "GJJ_GATEWAY_ROUTES_IDENTITY", identityUrl,
                "GJJ_GATEWAY_ROUTES_ACCOUNT", "http://localhost:" + account.port(),
                "GJJ_TOKENS_JWKS_URI", jwks)).start(infrastructure);
        services = List.of(gatewayProcess, account, identity);
        ServiceProcess.awaitHealthy(services, Duration.ofSeconds(180), p -> { });
        gateway = "http://localhost:" + gatewayProcess.port();
    }

    @AfterAll
    static void stopServices() {
        ServiceProcess.stopAll(services, ServiceProcess.STOP_GRACE, line -> { });
    }

    @Test
    void openSealUnsealAndBaseAdjustmentThroughTheGatewayEachVisibleAtOnce() {
        String token = Logins.operatorToken(gateway, ServiceJars.demoKeyDirectory(IDENTITY_DB), "demo-maker");
        await().atMost(Duration.ofSeconds(60)).until(() -> call("GET", "/api/account/unit", token, null).status() == 200);
        Http.Answer unit = call("GET", "/api/account/unit", token, null);
        assertThat(unit.body().path("unitName").asText()).isEqualTo("示范单位");
        assertThat(unit.body().path("unitRatePercent").asInt()).isEqualTo(12);

        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        String idNumber = idNumber("42010219880808");
        Http.Answer opened = call("POST", "/api/account/employees", token, Map.of("idNumber", idNumber, "name", "端到端",
                "mobile", "13912345678", "base", "8500.00", "startMonth", thisMonth.plusMonths(1).toString()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String account = opened.body().path("personalAccountNumber").asText();
        assertThat(get(token, account).path("statusName").asText()).isEqualTo("正常");

        Http.Answer twice = call("POST", "/api/account/employees", token, Map.of("idNumber", idNumber, "name", "端到端",
                "base", "8500.00", "startMonth", thisMonth.toString()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("title").asText()).isEqualTo("该身份证号码已有住房公积金账户，请办理职工转移");

        Http.Answer sealed = call("POST", "/api/account/employees/" + account + "/seal", token, Map.of("reason", "离职"));
        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(200);
        JsonNode afterSeal = get(token, account);
        assertThat(afterSeal.path("statusCode").asText()).isEqualTo("02");
        assertThat(afterSeal.path("sealedFromMonth").asText()).isEqualTo(thisMonth.plusMonths(1).toString());

        Http.Answer unsealed = call("POST", "/api/account/employees/" + account + "/unseal", token,
                Map.of("base", "9000", "startMonth", thisMonth.plusMonths(2).toString()));
        assertThat(unsealed.status()).as(unsealed.toString()).isEqualTo(200);
        JsonNode afterUnseal = get(token, account);
        assertThat(afterUnseal.path("statusCode").asText()).isEqualTo("01");
        assertThat(afterUnseal.path("base").asText()).isEqualTo("9000.00");

        Http.Answer adjusted = call("PUT", "/api/account/employees/" + account + "/base", token,
                Map.of("base", "10000", "effectiveMonth", thisMonth.plusMonths(3).toString()));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        JsonNode afterAdjust = get(token, account);
        assertThat(afterAdjust.path("base").asText()).isEqualTo("10000.00");
        assertThat(afterAdjust.path("baseFromMonth").asText()).isEqualTo(thisMonth.plusMonths(3).toString());
        assertThat(afterAdjust.path("monthlyDeposit").asText()).isEqualTo("2400.00");
    }

    private static JsonNode get(String token, String account) {
        Http.Answer answer = call("GET", "/api/account/employees/" + account, token, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static Http.Answer call(String method, String path, String token, Object body) {
        return Http.send(method, gateway + path, token, body);
    }

    private static String idNumber(String regionAndBirth) {
        String first17 = regionAndBirth + String.format("%03d", LocalDate.now().getDayOfYear() % 1000);
        int sum = 0;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
