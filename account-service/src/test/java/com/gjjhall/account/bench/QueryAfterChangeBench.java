package com.gjjhall.account.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.testkit.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query after a change reflects it within 1 s p99 (guide 三.6 complains of "next working day"): an
 * operator adjusts a base, then reads the account, 1,000 times over 100 employees; the time from sending
 * the change to reading the new base is measured, re-reading until it shows.
 */
public final class QueryAfterChangeBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        try {
            measure();
        } finally {
            System.exit(0);
        }
    }

    private static void measure() throws Exception {
        try (BenchApp app = new BenchApp("account_bench_query")) {
            String clerk = TestTokens.get().issue("OP-CLERK", "U-CENTRE", "CLERK");
            call(app, "POST", "/api/account/units", clerk, "{\"unitId\":\"U-BENCH-QUERY\",\"unitName\":\"查询基准单位\","
                    + "\"unitRatePercent\":12,\"personalRatePercent\":12}");
            String token = app.operatorToken("U-BENCH-QUERY");
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String first17 = "42010219900101" + String.format("%03d", i);
                JsonNode opened = call(app, "POST", "/api/account/employees", token, "{\"idNumber\":\""
                        + first17 + IdNumber.checkCharacter(first17) + "\",\"name\":\"查询" + (char) ('甲' + i)
                        + "\",\"base\":\"8000\",\"startMonth\":\"" + YearMonth.now() + "\"}");
                accounts.add(opened.path("personalAccountNumber").asText());
            }
            List<Long> micros = new ArrayList<>();
            int firstRead = 0;
            for (int i = 0; i < 1_000; i++) {
                String account = accounts.get(i % accounts.size());
                String base = (8_000 + i) + ".00";
                long started = System.nanoTime();
                call(app, "PUT", "/api/account/employees/" + account + "/base", token, "{\"base\":\"" + base + "\"}");
                int reads = 0;
                while (!base.equals(call(app, "GET", "/api/account/employees/" + account, token, null).path("base").asText())) {
                    reads++;
                }
                firstRead += reads == 0 ? 1 : 0;
                micros.add((System.nanoTime() - started) / 1_000);
            }
            Collections.sort(micros);
            System.out.printf("change then query, 1,000 times: p50 %.1f ms, p99 %.1f ms, max %.1f ms; new value on the"
                            + " first read %d of 1,000 (target: reflected within 1 s p99); %s%n",
                    micros.get(500) / 1e3, micros.get(989) / 1e3, micros.get(999) / 1e3, firstRead, BenchApp.load());
            System.out.println(BenchApp.RAW_LIMITS);
        }
    }

    private static JsonNode call(BenchApp app, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
