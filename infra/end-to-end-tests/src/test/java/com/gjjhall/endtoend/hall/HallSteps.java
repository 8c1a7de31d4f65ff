package com.gjjhall.endtoend.hall;

import com.gjjhall.endtoend.Logins;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What people do again and again in the hall's browser tests: log in and out, fill a field, pick an option. */
final class HallSteps {

    private HallSteps() {
    }

    /** An employer's operator: login name, password, the soft USB key file opened in the page, its PIN. */
    static void logInAsOperator(Browser browser, HallPlatform platform, String loginName, String keyFile) {
        browser.awaitPageText("单位操作员登录");
        clear(browser, By.id("login-name")).sendKeys(loginName);
        clear(browser, By.id("password")).sendKeys(Logins.DEMO_PASSWORD);
        browser.await(By.id("key-file")).sendKeys(platform.demoKeys().resolve(keyFile).toString());
        clear(browser, By.id("pin")).sendKeys(Logins.DEMO_PIN);
        browser.click(By.id("login-operator"));
    }

    /** Fund-centre staff: the second tab, login name and password. */
    static void logInAsStaff(Browser browser, String loginName) {
        browser.awaitPageText("中心人员登录");
        browser.click(By.xpath("//div[@role='tab'][normalize-space()='中心人员登录']"));
        clear(browser, By.id("staff-login-name")).sendKeys(loginName);
        clear(browser, By.id("staff-password")).sendKeys(Logins.DEMO_PASSWORD);
        browser.click(By.id("login-staff"));
    }

    static void logOut(Browser browser) {
        browser.clickButton("退出");
        browser.awaitPageText("单位操作员登录");
    }

    /** An Element Plus select: its input is hidden, its wrapper takes the click. */
    static void choose(Browser browser, String selectId, String option) {
        browser.click(By.xpath("//*[@id='" + selectId + "']/ancestor::div[contains(@class,'el-select__wrapper')][1]"));
        browser.click(By.xpath("//li[contains(@class,'el-select-dropdown__item')][normalize-space()='" + option + "']"));
    }

    /** Empties a field as a person does (backspace to the start), so the page's own input handlers see it. */
    static WebElement clear(Browser browser, By by) {
        WebElement input = browser.await(by);
        String value = input.getDomProperty("value");
        if (value != null && !value.isEmpty()) {
            input.sendKeys(Keys.END);
            input.sendKeys(Keys.BACK_SPACE.toString().repeat(value.length()));
        }
        return input;
    }

    /** A unified social credit code no test has used, with its GB 32100 check character. */
    static String creditCode() {
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
}
