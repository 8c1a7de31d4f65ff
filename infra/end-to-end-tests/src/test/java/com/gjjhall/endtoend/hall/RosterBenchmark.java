package com.gjjhall.endtoend.hall;

import com.gjjhall.endtoend.Http;
import com.gjjhall.endtoend.Logins;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.RealInfrastructure;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The roster page (职工清册) of a 50,000-employee unit, on the whole platform (jars as processes, embedded
 * PostgreSQL and Kafka) in headless Chromium, printed (no assertion: figures go to docs/benchmarks.md):
 * the time from navigation to the first page of 20 employees in the page (target ≤ 500 ms), as median and p99
 * over several runs, both for the address typed (a new document, the app's files from the browser's cache) and for
 * the menu's 职工清册 (the app's own route change); beside it the roster API's own time as the page saw it and
 * as a plain HTTP client sees it.
 *
 * <p>Set-up, printed but not counted: 示范单位's maker opens the employees one 开户 request each
 * ({@code POST /api/account/employees}, the only way the API opens accounts), sent straight to account-service with
 * the maker's token, several at a time; then the platform is left to finish the events (roster, audit log) until its
 * processes are quiet, so the runs are not measured beside that work.
 *
 * <p>Run after {@code mvn -B -q install -DskipTests}, from {@code infra/end-to-end-tests} (the service jars are found
 * at {@code ../..}): {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test},
 * then {@code java -Xmx1g -cp target/test-classes:$(cat cp.txt) com.gjjhall.endtoend.hall.RosterBenchmark}
 * ({@code -Dbench.employees=50000 -Dbench.runs=20}). Figures: docs/benchmarks.md.
 */
public final class RosterBenchmark {

    private static final int PAGE = 20;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅";

    /** Set in the page, before the app's own scripts: when the roster's first page is in the page (next frame). */
    private static final String OBSERVER = """
            window.__rosterShown = null;
            new MutationObserver((changes, observer) => {
              if (document.querySelectorAll('.el-table__body tr.el-table__row').length >= %d) {
                observer.disconnect();
                requestAnimationFrame(() => { window.__rosterShown = performance.now(); });
              }
            }).observe(document, {childList: true, subtree: true});
            """.formatted(PAGE);

    private RosterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = Integer.getInteger("bench.employees", 50_000);
        int runs = Integer.getInteger("bench.runs", 20);
        try (HallPlatform platform = HallPlatform.start(RealInfrastructure.get())) {
            String maker = Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys(), "demo-maker");
            long start = System.nanoTime();
            open(platform, employees);
            long opened = System.nanoTime();
            awaitQuiet(platform.processes());
            System.out.printf("set-up (not counted): %,d employees opened in %.1f s (%.0f/s), platform quiet after"
                            + " %.1f s more; the unit has %,d employees%n", employees, (opened - start) / 1e9,
                    employees / ((opened - start) / 1e9), (System.nanoTime() - opened) / 1e9,
                    Http.send("GET", platform.gatewayUrl() + "/api/account/employees?size=1", maker, null)
                            .body().path("total").asLong());
            apiAlone(platform.gatewayUrl(), maker, runs);
            inTheBrowser(platform, runs);
        }
        System.exit(0);
    }

    /** 开户 of {@code count} employees of 示范单位, eight requests at a time. */
    private static void open(HallPlatform platform, int count) throws Exception {
        AtomicReference<String> token = new AtomicReference<>(
                Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys(), "demo-maker"));
        String url = platform.accountUrl() + "/api/account/employees";
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, String> body = Map.of("idNumber", idNumber(i), "name", name(i), "base", "8500.00",
                        "startMonth", month);
                sent.add(pool.submit(() -> {
                    Http.Answer answer = Http.send("POST", url, token.get(), body);
                    if (answer.status() == 401) {
                        token.set(Logins.operatorToken(platform.gatewayUrl(), platform.demoKeys(), "demo-maker"));
                        answer = Http.send("POST", url, token.get(), body);
                    }
                    if (answer.status() != 201) {
                        throw new IllegalStateException("开户 refused: " + answer);
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The roster's first page as a plain HTTP client gets it through the gateway. */
    private static void apiAlone(String gateway, String maker, int runs) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs + 5; i++) {
            long t = System.nanoTime();
            Http.Answer page = Http.send("GET", gateway + "/api/account/employees?page=0&size=" + PAGE, maker, null);
            if (page.status() != 200) {
                throw new IllegalStateException("roster refused: " + page);
            }
            if (i >= 5) {
                micros.add((System.nanoTime() - t) / 1_000);
            }
        }
        print("roster API, first page, HTTP client through the gateway", micros, 1_000.0, "");
    }

    private static void inTheBrowser(HallPlatform platform, int runs) {
        String gateway = platform.gatewayUrl();
        List<Long> typed = new ArrayList<>();
        List<Long> typedApi = new ArrayList<>();
        List<Long> menu = new ArrayList<>();
        List<Long> menuApi = new ArrayList<>();
        try (Browser browser = Browser.desktop()) {
            browser.open(gateway + "/login");
            browser.await(By.id("login-name")).sendKeys("demo-maker");
            browser.await(By.id("password")).sendKeys(Logins.DEMO_PASSWORD);
            browser.await(By.id("key-file")).sendKeys(platform.demoKeys().resolve("demo-maker.p12").toString());
            browser.await(By.id("pin")).sendKeys(Logins.DEMO_PIN);
            browser.click(By.id("login-operator"));
            browser.awaitPageText("可维护指令");
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));

            for (int i = 0; i < runs + 3; i++) {
                browser.open(gateway + "/");
                browser.awaitPageText("可维护指令");
                browser.open(gateway + "/employees");
                long shown = Math.round(awaitShown(browser));
                long api = apiMillis(browser);
                if (i >= 3) {
                    typed.add(shown);
                    typedApi.add(api);
                }
            }

            browser.open(gateway + "/");
            browser.awaitPageText("可维护指令");
            browser.click(By.xpath("//div[contains(@class,'el-sub-menu__title')][normalize-space()='职工业务']"));
            for (int i = 0; i < runs + 3; i++) {
                browser.click(By.xpath("//li[contains(@class,'el-menu-item')][normalize-space()='首页']"));
                browser.awaitPageText("可维护指令");
                browser.driver().executeScript("performance.clearResourceTimings();" + OBSERVER
                        + "window.__clicked = performance.now();"
                        + "[...document.querySelectorAll('li.el-menu-item')]"
                        + ".find(item => item.textContent.trim() === '职工清册').click();");
                double shown = awaitShown(browser);
                double clicked = ((Number) browser.driver().executeScript("return window.__clicked")).doubleValue();
                long api = apiMillis(browser);
                if (i >= 3) {
                    menu.add(Math.round(shown - clicked));
                    menuApi.add(api);
                }
            }
        }
        print("roster page, address typed: navigation to first page shown", typed, 1.0, " (target ≤ 500 ms)");
        print("  of which the roster API call as the page saw it", typedApi, 1.0, "");
        print("roster page, menu 职工清册: click to first page shown", menu, 1.0, " (target ≤ 500 ms)");
        print("  of which the roster API call as the page saw it", menuApi, 1.0, "");
    }

    /** Milliseconds from the document's start to the first page in the page. */
    private static double awaitShown(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Duration.ofMillis(20)).until(driver ->
                (Number) browser.driver().executeScript("return window.__rosterShown")).doubleValue();
    }

    /** The last roster call's duration in the page (request sent to response read). */
    private static long apiMillis(Browser browser) {
        return Math.round(((Number) browser.driver().executeScript(
                "const calls = performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('/api/account/employees'));"
                        + "return calls.length ? calls[calls.length - 1].duration : -1;")).doubleValue());
    }

    private static void print(String what, List<Long> values, double perMilli, String target) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        System.out.printf("%s (%d runs): median %.1f ms, p99 %.1f ms, max %.1f ms%s%n", what, n,
                sorted.get(n / 2) / perMilli, sorted.get(Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)) / perMilli,
                sorted.get(n - 1) / perMilli, target);
    }

    /** Waits until the platform's processes use under a tenth of a core for two seconds running. */
    private static void awaitQuiet(List<ServiceProcess> processes) throws InterruptedException {
        long previous = cpuNanos(processes);
        int quietSeconds = 0;
        while (quietSeconds < 2) {
            Thread.sleep(1_000); // sampling the processes' CPU, not waiting for a result
            long now = cpuNanos(processes);
            quietSeconds = now - previous < 100_000_000L ? quietSeconds + 1 : 0;
            previous = now;
        }
    }

    private static long cpuNanos(List<ServiceProcess> processes) {
        return processes.stream().mapToLong(p -> p.handle().info().totalCpuDuration().map(Duration::toNanos)
                .orElse(0L)).sum();
    }

    /** A valid 18-digit ID number, different for every {@code i} and from the demo world's. */
    private static String idNumber(int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i / 1000);
        String first17 = "420117" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String name(int i) {
        String name = "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt((i / 7) % GIVEN.length());
        return i % 3 == 0 ? name : name + GIVEN.charAt((i / 31) % GIVEN.length());
    }
}
