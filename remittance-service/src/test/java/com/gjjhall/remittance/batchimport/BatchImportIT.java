package com.gjjhall.remittance.batchimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.remittance.support.RemittanceIT;
import com.gjjhall.testkit.TestTokens;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Batch back-payment files (批量导盘): the FAQ's rules, all problems at once, the whole file or nothing. */
class BatchImportIT extends RemittanceIT {

    private static final String HEADER = "个人账号,姓名,补缴年月,缴存基数";

    @Test
    void aCsvFileWithItsHeaderAndTheRightCountBecomesOneBackPaymentOrder() {
        Unit unit = openUnit(2);
        String csv = HEADER + "\n" + row(unit, 0, "202609", "8500.00") + "\n" + row(unit, 0, "202610", "8500")
                + "\n" + row(unit, 1, "202610", "9000.50") + "\n";

        ResponseEntity<JsonNode> accepted = upload(unit, csv.getBytes(StandardCharsets.UTF_8), "补缴.csv", 3);

        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
        JsonNode order = order(unit, accepted.getBody().get("orderId").asText());
        assertThat(order.get("kind").asText()).isEqualTo("BACK_PAYMENT");
        assertThat(order.get("lineCount").asInt()).isEqualTo(3);
        assertThat(order.get("totalFen").asLong()).as("9,000.50 × 12 %% = 1,080.06 each side")
                .isEqualTo(2 * 204_000 + 2 * 108_006);
    }

    @Test
    void aFileWhoseHeaderWasDeletedIsRefusedAsAWrongRecordCount() {
        Unit unit = openUnit(1);
        String csv = row(unit, 0, "202609", "8500.00") + "\n" + row(unit, 0, "202610", "8500.00") + "\n";

        ResponseEntity<JsonNode> refused = upload(unit, csv.getBytes(StandardCharsets.UTF_8), "补缴.csv", 2);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("上传文件记录数不正确");
        assertThat(refused.getBody().get("detail").asText()).contains("表头行须保留");
        assertNothingEntered(unit);
    }

    @Test
    void aDeclaredCountThatDiffersFromTheDataRowsIsRefused() {
        Unit unit = openUnit(1);
        String csv = HEADER + "\n" + row(unit, 0, "202609", "8500.00") + "\n" + row(unit, 0, "202610", "8500.00");

        ResponseEntity<JsonNode> refused = upload(unit, csv.getBytes(StandardCharsets.UTF_8), "补缴.txt", 3);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("RECORD_COUNT_MISMATCH");
        assertThat(refused.getBody().get("detail").asText()).contains("填写的记录数为3条").contains("文件中的数据为2条");
    }

    @Test
    void formulasSpacesAndEmptyFieldsAreAllListedWithTheirRowAndColumnAndNothingIsAccepted() {
        Unit unit = openUnit(2);
        String csv = HEADER + "\n"
                + row(unit, 0, "202609", "8500.00") + "\n"
                + row(unit, 0, "202610", "=8000+500") + "\n"
                + unit.accounts().get(1) + ",职工 2,202610,8500.00\n"
                + unit.accounts().get(1) + ",职工2,,8500.00\n";

        ResponseEntity<JsonNode> refused = upload(unit, csv.getBytes(StandardCharsets.UTF_8), "补缴.csv", 4);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("必输字段不能为空");
        JsonNode errors = refused.getBody().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(problem(errors.get(0))).isEqualTo("3 缴存基数 必输字段不能为空");
        assertThat(problem(errors.get(1))).isEqualTo("4 姓名 必输字段不能为空");
        assertThat(problem(errors.get(2))).isEqualTo("5 补缴年月 必输字段不能为空");
        assertNothingEntered(unit);
    }

    @Test
    void aGbkEncodedFileReadsItsChineseNamesCorrectly() {
        Unit unit = openUnit(1);
        String csv = HEADER + "\r\n" + row(unit, 0, "202608", "8500.00") + "\r\n";

        ResponseEntity<JsonNode> accepted = upload(unit, csv.getBytes(Charset.forName("GBK")), "补缴.csv", 1);

        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
    }

    @Test
    void aNameThatDoesNotMatchTheAccountIsNamedByRow() {
        Unit unit = openUnit(1);
        String csv = HEADER + "\n" + unit.accounts().get(0) + ",李四,202608,8500.00\n"
                + unit.accounts().get(0) + ",职工1,202607,100.00\n";

        ResponseEntity<JsonNode> refused = upload(unit, csv.getBytes(StandardCharsets.UTF_8), "补缴.csv", 2);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("errors")).extracting(this::problem)
                .containsExactly("2 姓名 姓名与个人账号不符", "3 缴存基数 缴存基数须在2210元至29000元之间");
    }

    @Test
    void aMonthBeforeTheEmployeesFirstMonthIsRefusedRowByRowAndNothingIsEntered() {
        Unit unit = openUnit(2);
        String csv = HEADER + "\n" + row(unit, 0, "202512", "8500.00") + "\n" + row(unit, 1, "202601", "8500.00")
                + "\n" + row(unit, 1, "202511", "8500.00") + "\n";

        ResponseEntity<JsonNode> refused = upload(unit, csv.getBytes(StandardCharsets.UTF_8), "补缴.csv", 3);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("errors")).extracting(this::problem).containsExactly(
                "2 补缴年月 补缴年月早于该职工起缴年月202601", "4 补缴年月 补缴年月早于该职工起缴年月202601");
        assertNothingEntered(unit);
    }

    @Test
    void anXlsxFileIsReadAndAFormulaInItIsRefused() throws IOException {
        Unit unit = openUnit(2);
        byte[] plain = xlsx(List.of(
                List.of("个人账号", "姓名", "补缴年月", "缴存基数"),
                List.of(unit.accounts().get(0), "职工1", "202605", "8500"),
                List.of(unit.accounts().get(1), "职工2", "202605", "8500.00")), -1);
        ResponseEntity<JsonNode> accepted = upload(unit, plain, "补缴.xlsx", 2);
        assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(201);
        assertThat(order(unit, accepted.getBody().get("orderId").asText()).get("totalFen").asLong()).isEqualTo(2 * 204_000);

        byte[] withFormula = xlsx(List.of(
                List.of("个人账号", "姓名", "补缴年月", "缴存基数"),
                List.of(unit.accounts().get(0), "职工1", "202604", "8500")), 1);
        ResponseEntity<JsonNode> refused = upload(unit, withFormula, "补缴.xlsx", 1);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(problem(refused.getBody().get("errors").get(0))).isEqualTo("2 缴存基数 必输字段不能为空");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithAClearMessage() {
        Unit unit = openUnit(1);
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');

        ResponseEntity<JsonNode> refused = upload(unit, huge, "补缴.csv", 1);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("上传文件过大：每个文件不能超过20MB");
    }

    @Test
    void theFormatIsPublishedWithATemplateWhoseHeaderTheImportExpects() {
        Unit unit = openUnit(1);
        ResponseEntity<byte[]> template = http.exchange("/api/remittance/imports/back-payment-template.csv",
                HttpMethod.GET, new HttpEntity<>(auth(unit)), byte[].class);
        assertThat(template.getStatusCode().value()).isEqualTo(200);
        String text = new String(template.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + HEADER);

        ResponseEntity<JsonNode> format = call(HttpMethod.GET, "/api/remittance/imports/back-payment-format", null,
                unit.maker(), unit.unitId());
        assertThat(format.getBody().get("columns").findValuesAsText("header"))
                .containsExactly("个人账号", "姓名", "补缴年月", "缴存基数");
        assertThat(format.getBody().get("rules").asText()).contains("表头");
    }

    private ResponseEntity<JsonNode> upload(Unit unit, byte[] content, String fileName, int declaredCount) {
        HttpHeaders headers = auth(unit);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        body.add("declaredCount", Integer.toString(declaredCount));
        body.add("clientKey", key());
        return http.exchange("/api/remittance/orders/back-payments/imports", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static HttpHeaders auth(Unit unit) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.get().issue(unit.maker(), unit.unitId(), "OPERATOR"));
        return headers;
    }

    private void assertNothingEntered(Unit unit) {
        assertThat(call(HttpMethod.GET, "/api/remittance/orders", null, unit.maker(), unit.unitId()).getBody()).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from remittance_line l join employee e on e.personal_account_number = l.personal_account_number
                where e.unit_id = ?""", Integer.class, unit.unitId())).isZero();
    }

    private String problem(JsonNode error) {
        return error.get("row").asInt() + " " + error.get("field").asText() + " " + error.get("message").asText();
    }

    private static String row(Unit unit, int employee, String month, String base) {
        return unit.accounts().get(employee) + ",职工" + (employee + 1) + "," + month + "," + base;
    }

    /** A workbook whose cells hold text; with {@code formulaRow} ≥ 0 that row's base is a formula. */
    private static byte[] xlsx(List<List<String>> rows, int formulaRow) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("补缴");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && (c == 2 || c == 3)) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
                if (r == formulaRow) {
                    row.getCell(3).setCellFormula("8000+500");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
