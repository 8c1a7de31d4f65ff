package com.gjjhall.remittance.batchimport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published layout of a batch back-payment file (批量补缴导盘): a header row that must be kept and is
 * not counted, then one row per employee-month. Every field is required, without spaces or formulas.
 */
public final class ImportFormat {

    /** One column: its header text, what it holds, an example. */
    public record Column(String header, String description, String example) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("个人账号", "职工的个人公积金账号", "P000000001"),
            new Column("姓名", "与个人账号一致的职工姓名", "张三"),
            new Column("补缴年月", "补缴的月份，六位数字yyyyMM，须早于当前月份", "202609"),
            new Column("缴存基数", "该月的缴存基数，单位元，最多两位小数", "8500.00"));

    public static final List<String> HEADER = COLUMNS.stream().map(Column::header).toList();

    public static final String RULES = "第一行为表头，须保留，不计入记录数；上传时填写的记录数须与数据行数一致；"
            + "所有字段必填，不得含空格或公式；支持CSV、TXT（逗号、制表符或竖线分隔，UTF-8或GBK编码）和XLSX文件；"
            + "整个文件全部通过校验才会受理，任何一行有误则整个文件不受理。";

    private ImportFormat() {
    }

    /** A CSV template with a byte-order mark, so Excel opens the Chinese header without mojibake. */
    public static byte[] csvTemplate() {
        String text = "\uFEFF" + String.join(",", HEADER) + "\r\n"
                + String.join(",", COLUMNS.stream().map(Column::example).toList()) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsxTemplate() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("批量补缴");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i).header());
                example.createCell(i).setCellValue(COLUMNS.get(i).example());
                sheet.setColumnWidth(i, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
