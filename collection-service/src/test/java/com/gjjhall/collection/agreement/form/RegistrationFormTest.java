package com.gjjhall.collection.agreement.form;

import com.gjjhall.collection.agreement.query.ApplicationView;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.contracts.collection.PayerAccount;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The registration form is a well-formed PDF that says what the unit applied for, in Chinese. */
class RegistrationFormTest {

    private static final Instant AT = Instant.parse("2026-11-02T01:30:00Z");

    @Test
    void aChangeFormNamesTheUnitTheNewAccountAndTheOneItReplaces() {
        ApplicationView change = new ApplicationView("AP0002", "U0001", "U0001-CA1", AgreementApplicationType.CHANGE,
                "委托收款变更", "AWAITING_BANK", "待银行生效",
                List.of(new PayerAccount("CCB", "4200000000000001", "示范单位（武汉）")), List.of("3202000000000001"), null,
                "OP0001", AT, null, null, null, null, AT);

        String pdf = new String(new RegistrationForm().render(change, "示范单位"), StandardCharsets.ISO_8859_1);

        assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n");
        assertThat(pdf).contains(hex(RegistrationForm.TITLE), hex("示范单位"), hex("委托收款变更"), hex("中国建设银行"),
                hex("4200000000000001"), hex("示范单位（武汉）"), hex("被替换"), hex("3202000000000001"), hex("2026年11月02日"));
        assertThat(pdf).contains("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H");
    }

    @Test
    void everyObjectSitsWhereTheCrossReferenceTableSays() {
        ApplicationView cancellation = new ApplicationView("AP0005", "U0001", "U0001-CA1",
                AgreementApplicationType.METHOD_CANCELLATION, "委托收款结算方式取消", "EFFECTIVE", "已生效", List.of(),
                List.of("3202000000000001"), List.of(), "OP0001", AT, null, null, null, "OP0001", AT);
        byte[] bytes = new RegistrationForm().render(cancellation, null);
        String pdf = new String(bytes, StandardCharsets.ISO_8859_1);

        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF").matcher(pdf);
        assertThat(startxref.find()).isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 9\n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf.substring(xref));
        int object = 1;
        while (entries.find()) {
            assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object - 1).isEqualTo(8);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
        assertThat(length.find()).isTrue();
        assertThat(pdf.substring(length.end() + Integer.parseInt(length.group(1)))).startsWith("endstream");
        assertThat(pdf).contains(hex("同意《终止委托收款协议申请》"));
    }

    private static String hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE));
    }
}
