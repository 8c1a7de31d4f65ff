package com.gjjhall.remittance.slip;

import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.remittance.roster.Roster;
import com.gjjhall.remittance.shared.Months;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The printable remittance slip (住房公积金汇（补）缴书) of a credited order, as a PDF. The Chinese text uses
 * Noto Sans SC from a Maven artifact, embedded as a subset, so the slip reads the same on any machine.
 */
@Component
class RemittanceSlip {

    static final String FONT = "slip-font/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String TITLE = "住房公积金汇（补）缴书";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日").withZone(Months.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Months.ZONE);

    private record MonthTotal(String month, int people, long unitFen, long personalFen) {
    }

    private final JdbcTemplate jdbc;
    private final Roster roster;
    private volatile BaseFont font;

    RemittanceSlip(JdbcTemplate jdbc, Roster roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    byte[] render(OrderView order, Instant printedAt) {
        Roster.UnitAccount unit = roster.unit(order.unitId())
                .orElse(new Roster.UnitAccount(order.unitId(), "", order.unitId()));
        List<MonthTotal> months = jdbc.query("""
                select to_char(month, 'YYYY-MM'), count(*), sum(unit_amount_fen), sum(personal_amount_fen)
                from remittance_line where order_id = ? group by month order by month""",
                (rs, i) -> new MonthTotal(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)), order.orderId());
        long unitTotal = months.stream().mapToLong(MonthTotal::unitFen).sum();
        long personalTotal = months.stream().mapToLong(MonthTotal::personalFen).sum();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(TITLE);
        document.open();
        Font title = new Font(font(), 18, Font.BOLD);
        Font text = new Font(font(), 10.5f);
        Paragraph heading = new Paragraph(TITLE, title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(14);
        document.add(heading);

        PdfPTable summary = new PdfPTable(new float[]{1.2f, 2.3f, 1.2f, 2.3f});
        summary.setWidthPercentage(100);
        pair(summary, text, "单位名称", unit.unitName(), "单位账号", unit.unitAccountNumber());
        pair(summary, text, "业务类型", order.kindName(), "审核单号", order.auditNumber());
        pair(summary, text, "缴存年月", String.join("、", order.months()), "笔数", order.lineCount() + "笔");
        pair(summary, text, "单位缴存额", yuan(unitTotal), "个人缴存额", yuan(personalTotal));
        pair(summary, text, "合计（小写）", "¥" + yuan(order.totalFen()), "结算方式", order.settlementMethodName());
        cell(summary, text, "合计（大写）");
        PdfPCell capital = new PdfPCell(new Phrase(ChineseAmount.of(order.totalFen()), text));
        capital.setColspan(3);
        capital.setPadding(5);
        summary.addCell(capital);
        pair(summary, text, "入账日期", DAY.format(order.creditedAt()), "状态", order.stateName());
        document.add(summary);

        Paragraph detail = new Paragraph("分月明细", text);
        detail.setSpacingBefore(12);
        detail.setSpacingAfter(6);
        document.add(detail);
        PdfPTable byMonth = new PdfPTable(5);
        byMonth.setWidthPercentage(100);
        for (String header : List.of("缴存年月", "人数", "单位部分（元）", "个人部分（元）", "合计（元）")) {
            cell(byMonth, text, header);
        }
        for (MonthTotal m : months) {
            cell(byMonth, text, m.month());
            cell(byMonth, text, Integer.toString(m.people()));
            cell(byMonth, text, yuan(m.unitFen()));
            cell(byMonth, text, yuan(m.personalFen()));
            cell(byMonth, text, yuan(m.unitFen() + m.personalFen()));
        }
        document.add(byMonth);
        Paragraph footer = new Paragraph("打印时间：" + TIME.format(printedAt) + "　本缴书由住房公积金网上业务大厅生成", text);
        footer.setSpacingBefore(16);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private static void pair(PdfPTable table, Font font, String label, String value, String label2, String value2) {
        cell(table, font, label);
        cell(table, font, value);
        cell(table, font, label2);
        cell(table, font, value2);
    }

    private static void cell(PdfPTable table, Font font, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setPadding(5);
        table.addCell(cell);
    }

    static String yuan(long fen) {
        return String.format("%,d.%02d", fen / 100, fen % 100);
    }

    /** Read once: the font file is large, the embedded subset small. */
    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    try (InputStream in = RemittanceSlip.class.getClassLoader().getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new IllegalStateException(FONT + " is not on the class path");
                        }
                        font = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                                true, in.readAllBytes(), null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                loaded = font;
            }
        }
        return loaded;
    }
}
