package com.gjjhall.remittance.batchimport;

import com.gjjhall.servicekit.errors.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportChecksTest {

    private static final String HEADER = "个人账号,姓名,补缴年月,缴存基数";

    @Test
    void theHeaderIsNotCountedAndTrailingEmptyLinesAreIgnored() {
        var requests = ImportChecks.check(rows(HEADER + "\nP1,张三,202609,8500.00\nP2,李四,202609,8500\n\n\n"), 2);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).row()).isEqualTo(2);
        assertThat(requests.get(1).baseFen()).isEqualTo(850_000);
    }

    @Test
    void anEmptyLineBetweenRowsIsARowWithEmptyFields() {
        assertThatThrownBy(() -> ImportChecks.check(rows(HEADER + "\nP1,张三,202609,8500\n\nP2,李四,202609,8500\n"), 3))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).problems()).hasSize(4)
                        .allSatisfy(p -> assertThat(p.row()).isEqualTo(3)));
    }

    @Test
    void utf8WithAByteOrderMarkAndGbkBothRead() {
        byte[] gbk = (HEADER + "\r\nP1,欧阳娜娜,202609,8500\r\n").getBytes(Charset.forName("GBK"));
        assertThat(ImportChecks.check(rows(gbk), 1).get(0).name()).isEqualTo("欧阳娜娜");
        byte[] bom = ("\uFEFF" + HEADER + "\nP1,欧阳娜娜,202609,8500\n").getBytes(StandardCharsets.UTF_8);
        assertThat(ImportChecks.check(rows(bom), 1).get(0).name()).isEqualTo("欧阳娜娜");
    }

    @Test
    void tabAndBarSeparatedTextFilesRead() {
        assertThat(ImportChecks.check(rows("个人账号\t姓名\t补缴年月\t缴存基数\nP1\t张三\t202609\t8500\n"), 1)).hasSize(1);
        assertThat(ImportChecks.check(rows("个人账号|姓名|补缴年月|缴存基数\nP1|张三|202609|8500\n"), 1)).hasSize(1);
    }

    @Test
    void aFullWidthSpaceIsASpaceToo() {
        assertThatThrownBy(() -> ImportChecks.check(rows(HEADER + "\nP1,张　三,202609,8500\n"), 1))
                .hasMessageContaining("必输字段不能为空");
    }

    @Test
    void malformedMonthsAndAmountsAreNamed() {
        assertThatThrownBy(() -> ImportChecks.check(rows(HEADER + "\nP1,张三,2026-9,85.001\n"), 1))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).problems()).extracting(p -> p.field())
                        .containsExactly("补缴年月", "缴存基数"));
    }

    @Test
    void moreRowsThanAllowedAreRefusedWhileReading() {
        UploadedRows rows = new UploadedRows(2);
        assertThatThrownBy(() -> DelimitedFileReader.read((HEADER + "\nP1,a,202609,1\nP2,b,202609,1\nP3,c,202609,1\n")
                .getBytes(StandardCharsets.UTF_8), rows)).hasMessageContaining("TOO_MANY_ROWS");
    }

    private static UploadedRows rows(String text) {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadedRows rows(byte[] bytes) {
        UploadedRows rows = new UploadedRows(1000);
        DelimitedFileReader.read(bytes, rows);
        return rows;
    }
}
