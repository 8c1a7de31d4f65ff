package com.gjjhall.account.it;

import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 年度结息 on 30 June at 1.5% on the daily balance, its statement per employee and the unit's voucher. */
class InterestIT extends AccountIT {

    /**
     * Interest year 2026 runs from 2025-07-01 to 2026-06-30: 365 days. 10,000.00 credited on 2025-03-10 is brought
     * forward and earns every day: 1,000,000 fen × 365 = 365,000,000 fen-days. 1,000.00 credited on 2026-06-01
     * earns 30 days (1 to 30 June): 100,000 × 30 = 3,000,000. 积数 368,000,000 fen-days × 1.5% / 360
     * = 15,333.33 fen, rounded half up to the fen: 153.33 元.
     */
    @Test
    void interestForAKnownBalanceHistoryEqualsTheHandComputedFigureAndPrintsInChinese() throws Exception {
        String unit = api.newUnit();
        String account = api.openEmployee(unit, Api.newIdNumber(), "钱学森", "8000", "2025-03").text("personalAccountNumber");
        credit(unit, account, YearMonth.of(2025, 3), 500_000, "2025-03-10T02:00:00Z");
        credit(unit, account, YearMonth.of(2026, 6), 50_000, "2026-06-01T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.call(HttpMethod.GET, "/api/account/employees/" + account,
                Api.operatorOf(unit), null).body().path("balanceFen").asLong() == 1_100_000);

        clock.set(Instant.parse("2026-06-29T12:00:00Z"));
        Api.Answer early = api.call(HttpMethod.POST, "/api/account/ops/interest-settlements", Api.ops(), Map.of("interestYear", 2026));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("title")).isEqualTo("未到结息日（6月30日），不能办理年度结息");

        clock.set(Instant.parse("2026-06-30T14:30:00Z"));
        assertThat(api.call(HttpMethod.POST, "/api/account/ops/interest-settlements", Api.ops(), Map.of("interestYear", 2026))
                .status()).isEqualTo(200);
        assertThat(api.call(HttpMethod.POST, "/api/account/ops/interest-settlements", Api.ops(), Map.of("interestYear", 2026))
                .status()).as("a second run settles nothing twice").isEqualTo(200);

        Api.Answer statement = api.call(HttpMethod.GET, "/api/account/employees/" + account + "/interest-statements/2026",
                Api.operatorOf(unit), null);
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.body().path("line").path("openingFen").asLong()).isEqualTo(1_000_000);
        assertThat(statement.body().path("line").path("movementsFen").asLong()).isEqualTo(100_000);
        assertThat(statement.body().path("line").path("accrualFenDays").asLong()).isEqualTo(368_000_000L);
        assertThat(statement.body().path("line").path("interestFen").asLong()).isEqualTo(15_333);
        assertThat(statement.body().path("line").path("closingFen").asLong()).isEqualTo(1_115_333);
        assertThat(api.call(HttpMethod.GET, "/api/account/employees/" + account, Api.operatorOf(unit), null)
                .text("balance")).isEqualTo("11153.33");

        Api.Answer voucher = api.call(HttpMethod.GET, "/api/account/unit/interest-vouchers/2026", Api.operatorOf(unit), null);
        assertThat(voucher.body().path("totalInterestFen").asLong()).isEqualTo(15_333);
        assertThat(voucher.body().path("annualRate").asText()).isEqualTo("0.015");

        String unitName = api.call(HttpMethod.GET, "/api/account/unit", Api.operatorOf(unit), null).text("unitName");
        String voucherText = renderedText(api.download("/api/account/unit/interest-vouchers/2026/voucher.pdf",
                Api.operatorOf(unit)), "voucher");
        assertThat(voucherText).contains("住房公积金单位利息凭证").contains(unitName).contains("钱学森")
                .contains("153.33").contains("年利率：1.5%");
        String statementText = renderedText(api.download("/api/account/employees/" + account
                + "/interest-statements/2026/statement.pdf", Api.operatorOf(unit)), "statement");
        assertThat(statementText).contains("住房公积金年度结息对账单").contains("姓名：钱学森").contains("汇缴")
                .contains("本年利息：153.33元").contains("本年结转余额：11153.33元");
    }

    /**
     * The PDF's text as a reader extracts it, after checking the font is embedded and the first page really
     * draws: rendered to pixels, the title line is not blank (missing glyphs would render as nothing).
     */
    private static String renderedText(ResponseEntity<byte[]> pdf, String name) throws Exception {
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            List<PDFont> fonts = new ArrayList<>();
            for (var fontName : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(fontName));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            File png = new File("target/rendered-" + name + ".png");
            ImageIO.write(page, "png", png);
            assertThat(darkPixels(page, 0, page.getHeight() / 8)).as("the title draws, see " + png).isGreaterThan(300);
            return new PDFTextStripper().getText(document);
        }
    }

    private static int darkPixels(BufferedImage image, int fromY, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static void credit(String unit, String account, YearMonth month, long eachSideFen, String creditedAt) {
        Api.publish(new RemittanceCredited(UUID.randomUUID().toString(),
                "2026" + String.format("%010d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000L)),
                unit, RemittanceKind.MONTHLY, 2 * eachSideFen, 1, 1,
                List.of(new CreditedLine(account, month, eachSideFen, eachSideFen)), Instant.parse(creditedAt)));
    }
}
