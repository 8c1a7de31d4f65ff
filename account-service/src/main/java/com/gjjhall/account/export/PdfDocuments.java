package com.gjjhall.account.export;

import com.gjjhall.account.interest.InterestStatements;
import com.gjjhall.account.shared.Yuan;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.math.BigDecimal;

/** The printable documents: 单位利息凭证 and 年度结息对账单, in Chinese with an embedded font. */
@Component
public class PdfDocuments {

    private final CjkFont fonts;

    public PdfDocuments(CjkFont fonts) {
        this.fonts = fonts;
    }

    /** The font's subsetting is not meant for concurrent documents; these are printed one at a time. */
    public synchronized void voucher(InterestStatements.Voucher v, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        title(document, "住房公积金单位利息凭证");
        Font text = fonts.of(10);
        document.add(new Paragraph("单位名称：" + v.unitName() + "    单位账号：" + v.unitAccountNumber(), text));
        document.add(new Paragraph("结息年度：" + v.interestYear() + "年度（" + v.firstDay() + "至" + v.settlementDay()
                + "）    年利率：" + percent(v.annualRate()) + "    结息人数：" + v.accounts() + "人    利息合计："
                + Yuan.format(v.totalInterestFen()) + "元", text));
        PdfPTable table = table(new float[]{5, 14, 10, 14, 14, 18, 12, 14},
                "序号", "个人账号", "姓名", "上年结转余额", "本年发生额", "积数（元·天）", "利息", "结息后余额");
        int i = 1;
        for (InterestStatements.Line line : v.lines()) {
            row(table, Integer.toString(i++), line.personalAccountNumber(), line.name(), Yuan.format(line.openingFen()),
                    Yuan.format(line.movementsFen()), Yuan.format(line.accrualFenDays()), Yuan.format(line.interestFen()),
                    Yuan.format(line.closingFen()));
        }
        row(table, "合计", "", v.accounts() + "人", "", "", "", Yuan.format(v.totalInterestFen()), "");
        document.add(table);
        document.close();
    }

    public synchronized void statement(InterestStatements.Statement s, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        title(document, "住房公积金年度结息对账单");
        Font text = fonts.of(10);
        InterestStatements.Line line = s.line();
        document.add(new Paragraph("单位名称：" + s.unitName() + "    单位账号：" + s.unitAccountNumber(), text));
        document.add(new Paragraph("姓名：" + line.name() + "    个人账号：" + line.personalAccountNumber()
                + "    身份证号码：" + s.idNumber(), text));
        document.add(new Paragraph("结息年度：" + s.interestYear() + "年度（" + s.firstDay() + "至" + s.settlementDay()
                + "）    年利率：" + percent(s.annualRate()), text));
        PdfPTable table = table(new float[]{14, 12, 10, 14, 14}, "日期", "业务类型", "所属年月", "发生额", "余额");
        row(table, s.firstDay().toString(), "上年结转", "", "", Yuan.format(line.openingFen()));
        for (InterestStatements.Movement m : s.movements()) {
            row(table, m.valueDate().toString(), m.businessType(), m.month() == null ? "" : m.month(),
                    Yuan.format(m.amountFen()), Yuan.format(m.balanceAfterFen()));
        }
        document.add(table);
        document.add(new Paragraph("上年结转余额：" + Yuan.format(line.openingFen()) + "元    本年发生额："
                + Yuan.format(line.movementsFen()) + "元    积数：" + Yuan.format(line.accrualFenDays()) + "元·天", text));
        document.add(new Paragraph("本年利息：" + Yuan.format(line.interestFen()) + "元    本年结转余额："
                + Yuan.format(line.closingFen()) + "元", text));
        document.close();
    }

    private void title(Document document, String title) {
        Paragraph heading = new Paragraph(title, fonts.bold(16));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(10);
        document.add(heading);
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        Font bold = fonts.bold(9);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, bold));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        return table;
    }

    private void row(PdfPTable table, String... values) {
        Font text = fonts.of(9);
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, text)));
        }
    }

    private static String percent(String rate) {
        return new BigDecimal(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
