package com.gjjhall.endtoend.hall;

import com.gjjhall.endtoend.Http;
import com.gjjhall.endtoend.Logins;
import com.gjjhall.testkit.RealInfrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The employer's hall in a real headless Chromium against the whole platform, as 示范单位's two operators use it:
 * no plug-in, the soft USB key file opened in the page. The maker (SM2 key) enters and submits the month, the
 * checker (P-256 key) reviews it for 网银转账, the bank simulator receives the transfer and the open page turns to
 * 成功 by itself and the slip's text names the unit; a collection refused for the balance is reviewed again (重新复核)
 * under a new audit number, and one that met 银行方系统故障 is resubmitted (重新提交) and debited once; a wrong password
 * shows the tries left; a batch file with bad rows shows every one and enters
 * nothing; a new unit's first login walks through 开通; an address of another unit's order shows the not-found
 * page and none of its data. Screenshots of the main pages
 * land in {@code target/screenshots}.
 */
@WithRealInfrastructure(database = "e2e_probe")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HallInTheBrowserIT {

    /** 示范单位's payer account at ICBC, registered for entrusted collection in the demo world. */
    private static final String DEMO_PAYER = "3202000000000001";

    private static HallPlatform platform;
    private static Browser browser;
    private static String orderId;
    private static String auditNumber;

    @BeforeAll
    static void startTheHall() {
        platform = HallPlatform.start(RealInfrastructure.get());
        browser = Browser.desktop();
    }

    @AfterAll
    static void stopTheHall() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aWrongPasswordShowsTheTriesLeft() {
        browser.open(platform.gatewayUrl() + "/");
        browser.awaitPageText("单位操作员登录");
        browser.screenshot("login");
        logIn("demo-maker", "Wrong@2026", "demo-maker.p12");
        browser.awaitText(By.cssSelector("[role=alert]"), "登录密码错误");
        assertThat(browser.await(By.cssSelector("[role=alert]")).getText()).contains("5");
    }

    @Test
    @Order(2)
    void theMakerLogsInWithAnSm2KeyFileEntersTheMonthAndSubmitsIt() {
        browser.open(platform.gatewayUrl() + "/login");
        logIn("demo-maker", Logins.DEMO_PASSWORD, "demo-maker.p12");
        browser.awaitPageText("可维护指令");
        browser.screenshot("home");

        browser.open(platform.gatewayUrl() + "/remittance/monthly");
        browser.clickButton("生成汇缴清册");
        browser.awaitPageText("汇补缴指令");
        browser.awaitText(By.id("order-state"), "可维护指令");
        orderId = browser.currentPath().substring(browser.currentPath().lastIndexOf('/') + 1);
        browser.clickButton("提交复核");
        browser.awaitText(By.id("order-state"), "待复核指令");
        browser.screenshot("order-submitted");
        logOut();
    }

    @Test
    @Order(3)
    void theCheckerReviewsWithAP256KeyFileForBankTransferAndSeesTheAuditNumber() {
        logIn("demo-checker", Logins.DEMO_PASSWORD, "demo-checker.p12");
        browser.awaitPageText("待复核指令");
        browser.open(platform.gatewayUrl() + "/remittance/orders/" + orderId);
        browser.awaitText(By.id("order-state"), "待复核指令");
        browser.click(By.xpath("//label[contains(@class,'el-radio')][.//span[normalize-space()='网银转账']]"));
        browser.clickButton("复核");
        browser.awaitText(By.id("order-state"), "处理中");
        auditNumber = browser.await(By.id("audit-number")).getText().trim();
        assertThat(auditNumber).matches("\\d{14}");
        browser.awaitPageText("附言栏只填写这14位审核单号");
        assertThat(browser.await(By.id("bank-transfer")).getText())
                .contains("武汉住房公积金管理中心", "3202009999000001", "中国工商银行", auditNumber);
        browser.screenshot("order-audit-number");
    }

    @Test
    @Order(4)
    void theBanksTransferTurnsTheOpenPageToSuccessWithoutAReload() {
        long total = Http.send("GET", platform.gatewayUrl() + "/api/remittance/results/" + auditNumber,
                Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys(), "demo-checker"), null)
                .body().path("totalFen").asLong();
        Http.Answer transfer = Http.send("POST", platform.bankUrl() + "/api/bank/transfers",
                platform.staffToken("demo-ops"), Map.of("bankCode", "ICBC", "payerAccountNumber", "3202000000000001",
                        "payerAccountName", "示范单位", "amountFen", total, "memo", auditNumber));
        assertThat(transfer.status()).as("%s", transfer).isEqualTo(201);
        String before = browser.driver().getCurrentUrl();
        browser.awaitText(By.id("order-state"), "成功");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(before);
        browser.screenshot("order-succeeded");
    }

    @Test
    @Order(5)
    void theSlipDownloadsAsAPdfWhoseTextShowsTheUnitsName() throws Exception {
        browser.clickButton("打印汇补缴书");
        Path slip = browser.downloads().resolve("汇补缴书-" + orderId + ".pdf");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(slip) && Files.size(slip) > 0);
        try (PDDocument pdf = Loader.loadPDF(slip.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("住房公积金汇（补）缴书", "示范单位", auditNumber);
        }
    }

    @Test
    @Order(6)
    void aBatchFileWithThreeBadRowsShowsAllThreeAndEntersNothing() throws Exception {
        var employee = Http.send("GET", platform.gatewayUrl() + "/api/account/employees",
                Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys(), "demo-checker"), null)
                .body().path("items").path(0);
        String account = employee.path("personalAccountNumber").asText();
        String name = employee.path("name").asText();
        Path file = Files.createTempFile("补缴", ".csv");
        Files.writeString(file, "个人账号,姓名,补缴年月,缴存基数\n"
                + "999999999999,无此人,202606,8500.00\n"
                + account + "," + name + ",209912,8500.00\n"
                + account + "," + name + "," + lastMonth() + ",1.00\n");
        browser.open(platform.gatewayUrl() + "/remittance/back-payment");
        browser.click(By.xpath("//div[@role='tab'][normalize-space()='批量导入']"));
        browser.await(By.id("bp-file")).sendKeys(file.toString());
        var count = browser.await(By.cssSelector("#bp-count"));
        count.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "3");
        browser.clickButton("导入");
        browser.awaitPageText("补缴明细有误");
        assertThat(browser.all(By.cssSelector(".row-problems tbody tr"))).hasSize(3);
        browser.screenshot("back-payment-refused");
        browser.open(platform.gatewayUrl() + "/remittance/orders");
        browser.awaitPageText("指令维护");
        assertThat(browser.all(By.xpath("//td[.//text()[normalize-space()='补缴']]"))).isEmpty();
    }

    @Test
    @Order(7)
    void anOrderAddressTheUnitDoesNotHaveShowsTheNotFoundPage() {
        browser.open(platform.gatewayUrl() + "/remittance/orders/R00000000000000000000");
        browser.awaitPageText("查询的记录不存在");
        browser.open(platform.gatewayUrl() + "/employees/000000000000");
        browser.awaitPageText("查询的记录不存在");
    }

    @Test
    @Order(8)
    void theRosterShowsTheUnitsEmployees() {
        browser.open(platform.gatewayUrl() + "/employees");
        browser.awaitPageText("职工清册");
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.all(By.cssSelector(".el-table__body tr")).size() >= 3);
        browser.screenshot("roster");
    }

    @Test
    @Order(9)
    void aClerkEnrolsAUnitAndHandsOutAKeyItsOperatorWalksThroughOpeningAndSeesNoOtherUnitsOrder() throws Exception {
        String gateway = platform.gatewayUrl();
        String creditCode = creditCode();
        String loginName = "web-" + Long.toString(System.nanoTime(), 36);
        logOut();
        logInAsStaff("demo-clerk");
        browser.awaitPageText("柜面业务");
        browser.open(gateway + "/console/units");
        clear(By.id("enrol-code")).sendKeys(creditCode);
        clear(By.id("enrol-name")).sendKeys("武汉浏览器测试有限公司");
        browser.clickButton("登记单位并开户");
        browser.awaitPageText("公积金账户已开立");
        clear(By.id("op-login")).sendKeys(loginName);
        clear(By.id("op-name")).sendKeys("录入员");
        clear(By.id("op-mobile")).sendKeys("13800000011");
        clear(By.id("op-password")).sendKeys("Start@2026");
        browser.clickButton("登记操作员");
        browser.awaitPageText("已登记");
        browser.awaitText(By.cssSelector(".el-table"), loginName);
        choose("issue-operator", loginName);
        clear(By.id("issue-pin")).sendKeys("654321");
        browser.clickButton("签发证书并下载");
        browser.awaitPageText("证书已签发并下载");
        browser.awaitPageText("有效 1 / 2");
        browser.screenshot("console-units");
        Path keyFile = browser.downloads().resolve(loginName + ".p12");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(keyFile) && Files.size(keyFile) > 100);

        logOut();
        browser.awaitPageText("单位操作员登录");
        clear(By.id("login-name")).sendKeys(loginName);
        clear(By.id("password")).sendKeys("Start@2026");
        browser.await(By.id("key-file")).sendKeys(keyFile.toString());
        clear(By.id("pin")).sendKeys("654321");
        browser.click(By.id("login-operator"));

        browser.awaitPageText("开通网上业务");
        browser.click(By.xpath("//label[contains(@class,'el-checkbox')]"));
        browser.clickButton("下一步");
        clear(By.id("credit-code")).sendKeys(creditCode);
        clear(By.id("contact-name")).sendKeys("张经办");
        clear(By.id("contact-mobile")).sendKeys("13912345678");
        browser.clickButton("下一步");
        clear(By.id("query-password")).sendKeys("Query@2026");
        clear(By.id("query-password-again")).sendKeys("Query@2026");
        browser.clickButton("开通");
        browser.awaitPageText("可维护指令");

        browser.open(gateway + "/remittance/orders/" + orderId);
        browser.awaitPageText("查询的记录不存在");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(auditNumber);
        browser.screenshot("not-found");

        browser.open(gateway + "/console/log");
        browser.awaitPageText("无权办理此业务");
    }

    @Test
    @Order(11)
    void opsVerifyTheLogAndSeeTheDeadLettersOfEveryService() {
        logOut();
        logInAsStaff("demo-ops");
        browser.awaitPageText("运维");
        browser.open(platform.gatewayUrl() + "/console/log");
        browser.clickButton("校验日志哈希链");
        browser.awaitText(By.id("verify-result"), "日志完整");
        browser.open(platform.gatewayUrl() + "/console/dead-letters");
        browser.awaitPageText("collection-service");
        browser.screenshot("console-dead-letters");
    }

    @Test
    @Order(10)
    void theHallFitsAPhonesWidth() {
        try (Browser phone = Browser.phone()) {
            phone.open(platform.gatewayUrl() + "/login");
            phone.awaitPageText("单位操作员登录");
            phone.await(By.id("login-name")).sendKeys("demo-maker");
            phone.await(By.id("password")).sendKeys(Logins.DEMO_PASSWORD);
            phone.await(By.id("key-file")).sendKeys(platform.demoKeys().resolve("demo-maker.p12").toString());
            phone.await(By.id("pin")).sendKeys(Logins.DEMO_PIN);
            phone.click(By.id("login-operator"));
            phone.awaitPageText("可维护指令");
            long width = ((Number) phone.driver().executeScript("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) phone.driver().executeScript("return window.innerWidth")).longValue();
            assertThat(width).as("the page scrolls sideways").isLessThanOrEqualTo(viewport);
            phone.screenshot("home-phone");
        }
    }

    @Test
    @Order(12)
    void aCollectionRefusedForTheBalanceIsReviewedAgainUnderANewAuditNumber() {
        String orderId = submittedBackPayment(2);
        String payer = platform.bankUrl() + "/api/bank/accounts/ICBC/" + DEMO_PAYER;
        String bankStaff = platform.staffToken("demo-ops");
        long balance = Http.send("GET", payer, bankStaff, null).body().path("account").path("balanceFen").asLong();
        String failedNumber;
        assertThat(Http.send("PATCH", payer, bankStaff, Map.of("balanceFen", 0)).status()).isEqualTo(200);
        try {
            logOut();
            logIn("demo-checker", Logins.DEMO_PASSWORD, "demo-checker.p12");
            browser.awaitPageText("待复核指令");
            browser.open(platform.gatewayUrl() + "/remittance/orders/" + orderId);
            browser.awaitText(By.id("order-state"), "待复核指令");
            chooseSettlement("委托收款");
            browser.clickButton("复核");
            browser.awaitText(By.id("order-state"), "失败");
            browser.awaitPageText("账户余额不足");
            failedNumber = browser.await(By.id("audit-number")).getText().trim();
            browser.screenshot("order-failed");
        } finally {
            Http.send("PATCH", payer, bankStaff, Map.of("balanceFen", balance));
        }

        chooseSettlement("委托收款");
        browser.clickButton("重新复核");
        browser.awaitText(By.id("order-state"), "成功");
        String newNumber = browser.await(By.id("audit-number")).getText().trim();
        assertThat(newNumber).matches("\\d{14}").isNotEqualTo(failedNumber);
    }

    @Test
    @Order(13)
    void aCollectionThatMetABankSystemFaultIsResubmittedByItsReviewerAndDebitedOnce() {
        String orderId = submittedBackPayment(3);
        String payer = platform.bankUrl() + "/api/bank/accounts/ICBC/" + DEMO_PAYER;
        String bankStaff = platform.staffToken("demo-ops");
        long before = Http.send("GET", payer, bankStaff, null).body().path("account").path("balanceFen").asLong();
        String faultNumber;
        assertThat(Http.send("PUT", platform.bankUrl() + "/api/bank/faults", bankStaff, Map.of("failureRate", 1.0))
                .status()).isEqualTo(200);
        try {
            browser.open(platform.gatewayUrl() + "/remittance/orders/" + orderId);
            browser.awaitText(By.id("order-state"), "待复核指令");
            chooseSettlement("委托收款");
            browser.clickButton("复核");
            browser.awaitText(By.id("order-state"), "失败");
            browser.awaitPageText("银行方系统故障");
            faultNumber = browser.await(By.id("audit-number")).getText().trim();
            browser.screenshot("order-bank-fault");
        } finally {
            Http.send("PUT", platform.bankUrl() + "/api/bank/faults", bankStaff, Map.of());
        }

        browser.clickButton("重新提交");
        browser.awaitText(By.id("order-state"), "成功");
        assertThat(browser.await(By.id("audit-number")).getText().trim()).isEqualTo(faultNumber);
        long total = Http.send("GET", platform.gatewayUrl() + "/api/remittance/orders/" + orderId,
                Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys(), "demo-checker"), null)
                .body().path("totalFen").asLong();
        long after = Http.send("GET", payer, bankStaff, null).body().path("account").path("balanceFen").asLong();
        assertThat(before - after).as("debited once").isEqualTo(total);
    }

    /** The maker enters a back-payment of the first employee for a month {@code monthsBack} ago and submits it. */
    private static String submittedBackPayment(int monthsBack) {
        String gateway = platform.gatewayUrl();
        String maker = Logins.operatorToken(gateway, platform.demoKeys(), "demo-maker");
        String account = Http.send("GET", gateway + "/api/account/employees", maker, null)
                .body().path("items").path(0).path("personalAccountNumber").asText();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(monthsBack).toString();
        Http.Answer entered = Http.send("POST", gateway + "/api/remittance/orders/back-payments", maker, Map.of(
                "clientKey", UUID.randomUUID().toString(),
                "lines", List.of(Map.of("personalAccountNumber", account, "month", month))));
        assertThat(entered.status()).as("%s", entered).isEqualTo(201);
        String id = entered.body().path("orderId").asText();
        Http.Answer submitted = Http.send("POST", gateway + "/api/remittance/orders/" + id + "/submission", maker,
                Map.of("clientKey", UUID.randomUUID().toString()));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        return id;
    }

    private static void chooseSettlement(String method) {
        browser.click(By.xpath("//label[contains(@class,'el-radio')][.//span[normalize-space()='" + method + "']]"));
    }

    /** A unified social credit code no test has used, with its GB 32100 check character. */
    private static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String digits = String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        String first17 = "91420100" + digits;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }

    private static String lastMonth() {
        java.time.YearMonth last = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
        return String.format("%d%02d", last.getYear(), last.getMonthValue());
    }

    private static void logIn(String loginName, String password, String keyFile) {
        browser.awaitPageText("单位操作员登录");
        clear(By.id("login-name")).sendKeys(loginName);
        clear(By.id("password")).sendKeys(password);
        browser.await(By.id("key-file")).sendKeys(platform.demoKeys().resolve(keyFile).toString());
        clear(By.id("pin")).sendKeys(Logins.DEMO_PIN);
        browser.click(By.id("login-operator"));
    }

    /** Fund-centre staff: the second tab, login name and password. */
    private static void logInAsStaff(String loginName) {
        browser.awaitPageText("中心人员登录");
        browser.click(By.xpath("//div[@role='tab'][normalize-space()='中心人员登录']"));
        clear(By.id("staff-login-name")).sendKeys(loginName);
        clear(By.id("staff-password")).sendKeys(Logins.DEMO_PASSWORD);
        browser.click(By.id("login-staff"));
    }

    /** An Element Plus select: its input is hidden, its wrapper takes the click. */
    private static void choose(String selectId, String option) {
        browser.click(By.xpath("//*[@id='" + selectId + "']/ancestor::div[contains(@class,'el-select__wrapper')][1]"));
        browser.click(By.xpath("//li[contains(@class,'el-select-dropdown__item')][normalize-space()='" + option + "']"));
    }

    private static org.openqa.selenium.WebElement clear(By by) {
        var input = browser.await(by);
        input.clear();
        return input;
    }

    private static void logOut() {
        browser.clickButton("退出");
        browser.awaitPageText("单位操作员登录");
    }
}
