package com.gjjhall.account.it;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 全量清册下载: CSV that Excel opens without mojibake, and a workbook that keeps every digit. */
class ExportIT extends AccountIT {

    /** Names with a middle dot, a rare character outside the BMP (𠮷) and a traditional one. */
    private static final List<String> NAMES = List.of("欧阳·娜娜", "张𠮷", "龔淑芬", "Anna Li");

    @Test
    void theRosterCsvRoundTripsChineseNamesByteExactly() throws Exception {
        String unit = api.newUnit();
        for (String name : NAMES) {
            assertThat(api.openEmployee(unit, Api.newIdNumber(), name, "8000", YearMonth.now().toString()).status())
                    .isEqualTo(201);
        }
        ResponseEntity<byte[]> csv = api.download("/api/account/employees/roster.csv", Api.operatorOf(unit));
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("全量清册-");
        byte[] body = csv.getBody();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte-order mark, how Excel recognises UTF-8")
                .containsExactly(0xEF, 0xBB, 0xBF);

        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("个人账号(GRZH),姓名,身份证号码");
        List<byte[]> names = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            names.add(lines[i].split(",")[1].getBytes(StandardCharsets.UTF_8));
        }
        assertThat(names).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(names.get(i)).as(NAMES.get(i)).isEqualTo(NAMES.get(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theRosterWorkbookKeepsIdNumbersAsTextAndAmountsAsNumbers() throws Exception {
        String unit = api.newUnit();
        String id = Api.newIdNumber();
        api.openEmployee(unit, id, "欧阳·娜娜", "8500.50", YearMonth.now().toString());
        ResponseEntity<byte[]> xlsx = api.download("/api/account/employees/roster.xlsx", Api.operatorOf(unit));
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            XSSFSheet sheet = workbook.getSheet("全量清册");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("欧阳·娜娜");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(id);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(8500.50);
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).as("8500.50 × 12%, twice, to the fen")
                    .isEqualTo(2040.12);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theRosterQueryIsPagedAndFiltered() {
        String unit = api.newUnit();
        for (int i = 0; i < 5; i++) {
            api.openEmployee(unit, Api.newIdNumber(), "分页" + "甲乙丙丁戊".charAt(i), "8000", YearMonth.now().toString());
        }
        String sealed = api.openEmployee(unit, Api.newIdNumber(), "封存者", "8000", YearMonth.now().plusMonths(1).toString())
                .text("personalAccountNumber");
        api.call(HttpMethod.POST, "/api/account/employees/" + sealed + "/seal", Api.operatorOf(unit),
                java.util.Map.of("reason", "离职"));
        Api.Answer page = api.call(HttpMethod.GET, "/api/account/employees?page=1&size=2", Api.operatorOf(unit), null);
        assertThat(page.body().path("total").asInt()).isEqualTo(6);
        assertThat(page.body().path("items").size()).isEqualTo(2);
        assertThat(api.call(HttpMethod.GET, "/api/account/employees?status=02", Api.operatorOf(unit), null)
                .body().path("items").findValuesAsText("name")).containsExactly("封存者");
        assertThat(api.call(HttpMethod.GET, "/api/account/employees?name=丙", Api.operatorOf(unit), null)
                .body().path("items").findValuesAsText("name")).containsExactly("分页丙");
    }
}
