package com.gjjhall.endtoend.hall;

import com.gjjhall.endtoend.Http;
import com.gjjhall.testkit.RealInfrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.Map;

import static com.gjjhall.endtoend.hall.HallSteps.choose;
import static com.gjjhall.endtoend.hall.HallSteps.clear;
import static com.gjjhall.endtoend.hall.HallSteps.logInAsOperator;
import static com.gjjhall.endtoend.hall.HallSteps.logInAsStaff;
import static com.gjjhall.endtoend.hall.HallSteps.logOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fund centre's console in a real headless Chromium against the whole platform: the clerk at the counter
 * (operators, their keys and the limit of two, changes and resets, finding a unit) and ops (a view rebuilt by
 * replay equal to the live one, an edited log row found where it breaks, a parked event re-driven, every
 * service's health); a maker who types a console address gets the 403 page.
 */
@WithRealInfrastructure(database = "e2e_probe")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleInTheBrowserIT {

    private static HallPlatform platform;
    private static Browser browser;
    private static String unitId;

    @BeforeAll
    static void startTheConsole() {
        platform = HallPlatform.start(RealInfrastructure.get());
        browser = Browser.desktop();
    }

    @AfterAll
    static void stopTheConsole() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aMakerTypingAConsoleAddressSeesTheForbiddenPage() {
        browser.open(platform.gatewayUrl() + "/login");
        logInAsOperator(browser, platform, "demo-maker", "demo-maker.p12");
        browser.awaitPageText("可维护指令");
        for (String page : new String[] {"/console/units", "/console/views", "/console/health"}) {
            browser.open(platform.gatewayUrl() + page);
            browser.awaitPageText("无权办理此业务");
        }
        browser.screenshot("console-forbidden");
        logOut(browser);
    }

    @Test
    @Order(2)
    void theClerkGivesAUnitTwoKeysAndThePageRefusesAThirdWithTheReason() {
        String suffix = Long.toString(System.nanoTime(), 36);
        browser.open(platform.gatewayUrl() + "/login");
        logInAsStaff(browser, "demo-clerk");
        browser.awaitPageText("柜面业务");
        browser.open(platform.gatewayUrl() + "/console/units");
        clear(browser, By.id("enrol-code")).sendKeys(HallSteps.creditCode());
        clear(browser, By.id("enrol-name")).sendKeys("武汉柜面测试有限公司");
        browser.clickButton("登记单位并开户");
        browser.awaitPageText("公积金账户已开立");
        unitId = browser.driver().findElement(By.id("desk-unit")).getAttribute("value");
        assertThat(unitId).isNotBlank();

        for (String name : new String[] {"maker-" + suffix, "checker-" + suffix}) {
            clear(browser, By.id("op-login")).sendKeys(name);
            clear(browser, By.id("op-name")).sendKeys("经办人");
            clear(browser, By.id("op-mobile")).sendKeys("13800000012");
            clear(browser, By.id("op-password")).sendKeys("Start@2026");
            browser.clickButton("登记操作员");
            browser.awaitPageText("操作员 " + name + " 已登记");
            choose(browser, "issue-operator", name);
            browser.clickButton("签发证书并下载");
            browser.awaitPageText("证书已签发并下载");
        }
        browser.awaitPageText("有效 2 / 2");
        browser.awaitText(By.id("certificate-limit"), "每个单位只能有2个安全密码证书");
        assertThat(browser.driver().findElement(By.id("issue-key")).isEnabled()).as("a third key cannot be asked for").isFalse();
        browser.screenshot("console-certificate-limit");
    }

    @Test
    @Order(3)
    void theClerkChangesAnOperatorsMobileAndResetsTheirPasswordThenFindsTheUnitByName() {
        browser.click(By.xpath("(//button[.//span[normalize-space()='操作员变更']])[1]"));
        clear(browser, By.id("change-mobile")).sendKeys("13700000013");
        browser.clickButton("保存变更");
        browser.awaitPageText("已变更");
        browser.awaitPageText("13700000013");

        browser.click(By.xpath("(//button[.//span[normalize-space()='用户变更']])[1]"));
        clear(browser, By.id("reset-password")).sendKeys("Again@2026");
        browser.clickButton("重置");
        browser.awaitPageText("的登录密码已重置");

        browser.open(platform.gatewayUrl() + "/console/search");
        clear(browser, By.id("search-q")).sendKeys("柜面测试");
        browser.clickButton("查找");
        browser.awaitText(By.id("found-units"), unitId);
        browser.click(By.linkText(unitId));
        browser.awaitPageText("有效 2 / 2");
        logOut(browser);
    }

    @Test
    @Order(4)
    void opsRebuildTheStatusViewWithItsProgressAndItEndsEqualToTheLiveView() {
        browser.open(platform.gatewayUrl() + "/login");
        logInAsStaff(browser, "demo-ops");
        browser.awaitPageText("运维");
        browser.open(platform.gatewayUrl() + "/console/views");
        browser.click(By.id("rebuild-transactions"));
        browser.await(By.id("rebuild-progress-transactions"));
        browser.awaitText(By.id("rebuild-result-transactions"), "与在线视图一致");
        browser.screenshot("console-views");

        browser.driver().navigate().refresh();
        browser.awaitText(By.id("rebuild-result-transactions"), "与在线视图一致");
    }

    @Test
    @Order(5)
    void aLogRowEditedInTheDatabaseIsFoundByTheVerifyPageWhereItBreaks() {
        long row = 3;
        String tamper = "update audit_log set payload = payload || ' ' where sequence_no = " + row;
        platform.sql("audit", "alter table audit_log disable trigger audit_log_no_update_or_delete", tamper,
                "alter table audit_log enable trigger audit_log_no_update_or_delete");
        try {
            browser.open(platform.gatewayUrl() + "/console/log");
            browser.clickButton("校验日志哈希链");
            browser.awaitText(By.id("verify-result"), "日志被篡改");
            browser.awaitText(By.id("verify-broken"), Long.toString(row));
            browser.screenshot("console-log-broken");
        } finally {
            platform.sql("audit", "alter table audit_log disable trigger audit_log_no_update_or_delete",
                    "update audit_log set payload = rtrim(payload, ' ') where sequence_no = " + row,
                    "alter table audit_log enable trigger audit_log_no_update_or_delete");
        }
        browser.clickButton("校验日志哈希链");
        browser.awaitText(By.id("verify-result"), "日志完整");
    }

    @Test
    @Order(6)
    void anEventParkedWhileItsTableWasDownIsReDrivenFromThePageAndTakesEffect() {
        platform.sql("collection", """
                create function refuse_drill_units() returns trigger language plpgsql as $$
                begin
                    if new.unit_name like '%故障演练%' then raise exception 'unit_directory under maintenance'; end if;
                    return new;
                end $$""", """
                create trigger refuse_drill_units before insert on unit_directory
                    for each row execute function refuse_drill_units()""");
        String clerk = platform.staffToken("demo-clerk");
        Http.Answer enrolled = Http.send("POST", platform.gatewayUrl() + "/api/identity/units", clerk,
                Map.of("unifiedSocialCreditCode", HallSteps.creditCode(), "unitName", "故障演练有限公司"));
        assertThat(enrolled.status()).isEqualTo(201);
        String drillUnit = enrolled.body().path("unitId").asText();

        String ops = platform.staffToken("demo-ops");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                Http.send("GET", platform.gatewayUrl() + "/api/collection/ops/dead-letters", ops, null).text())
                .contains("unit_directory under maintenance"));
        browser.open(platform.gatewayUrl() + "/console/dead-letters");
        browser.awaitText(By.id("dead-letters-collection"), "unit_directory under maintenance");
        assertThat(Http.send("GET", platform.gatewayUrl() + "/api/collection/agreements/" + drillUnit, clerk, null)
                .body().path("unitName").isTextual()).as("collection-service does not know the unit yet").isFalse();
        browser.screenshot("console-dead-letter");

        platform.sql("collection", "drop trigger refuse_drill_units on unit_directory");
        browser.click(By.xpath("//*[@id='dead-letters-collection']//button[.//span[normalize-space()='重新处理']]"));
        browser.awaitText(By.id("redrive-result"), "重新处理成功 1 条");
        Http.Answer agreement = Http.send("GET", platform.gatewayUrl() + "/api/collection/agreements/" + drillUnit, clerk, null);
        assertThat(agreement.status()).isEqualTo(200);
        assertThat(agreement.body().path("unitName").asText()).isEqualTo("故障演练有限公司");
    }

    @Test
    @Order(7)
    void opsSeeEveryServiceUp() {
        browser.open(platform.gatewayUrl() + "/console/health");
        for (String service : new String[] {"identity", "account", "remittance", "collection", "audit", "gateway"}) {
            browser.awaitText(By.id("service-health"), service);
        }
        assertThat(browser.driver().findElement(By.id("service-health")).getText()).doesNotContain("DOWN");
        browser.screenshot("console-health");
    }
}
