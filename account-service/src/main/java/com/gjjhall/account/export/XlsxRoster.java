package com.gjjhall.account.export;

import com.gjjhall.account.view.EmployeeView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The roster as an Excel workbook, streamed (POI SXSSF keeps 200 rows in memory and spills the rest to a
 * temporary file). Account and ID numbers are text cells, so Excel keeps every digit; amounts are numbers
 * in yuan with two decimals, so the unit can add them up.
 */
final class XlsxRoster implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle money;
    private int next;

    XlsxRoster(String title) {
        sheet = workbook.createSheet(title);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        Row row = sheet.createRow(next++);
        for (int i = 0; i < RosterExport.HEADER.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(RosterExport.HEADER[i]);
            cell.setCellStyle(header);
        }
        int[] widths = {16, 10, 22, 14, 8, 14, 8, 8, 12, 14, 10, 10, 10, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(EmployeeView e) {
        Row row = sheet.createRow(next++);
        text(row, 0, e.personalAccountNumber());
        text(row, 1, e.name());
        text(row, 2, e.idNumber());
        text(row, 3, e.departmentName());
        text(row, 4, e.statusName());
        money(row, 5, e.baseFen());
        row.createCell(6).setCellValue(e.unitRatePercent());
        row.createCell(7).setCellValue(e.personalRatePercent());
        money(row, 8, e.monthlyDepositFen());
        money(row, 9, e.balanceFen());
        text(row, 10, e.paidUpToMonth());
        text(row, 11, e.startMonth());
        text(row, 12, e.sealedFromMonth());
        text(row, 13, e.mobile());
    }

    void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private void money(Row row, int column, long fen) {
        Cell cell = row.createCell(column);
        cell.setCellValue(BigDecimal.valueOf(fen).movePointLeft(2).doubleValue());
        cell.setCellStyle(money);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
