package com.gjjhall.remittance.batchimport;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.backpayment.BackPaymentRequest;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-level rules of FAQ 二.1 and 二.2, checked before any row is looked up: the header is there, the
 * declared record count is the number of data rows, and no required field is empty, holds a space or a
 * formula. Every bad row and column is reported at once.
 */
final class ImportChecks {

    static final String REQUIRED = "必输字段不能为空";

    private ImportChecks() {
    }

    static List<BackPaymentRequest> check(UploadedRows rows, int declaredCount) {
        if (rows.header() == null || !isHeader(rows.header())) {
            throw new BusinessException(RemittanceError.RECORD_COUNT_MISMATCH,
                    "上传文件记录数不正确：导盘格式的表头行须保留（该行不计入记录数）");
        }
        if (rows.data().size() != declaredCount) {
            throw new BusinessException(RemittanceError.RECORD_COUNT_MISMATCH, "上传文件记录数不正确：填写的记录数为"
                    + declaredCount + "条，文件中的数据为" + rows.data().size() + "条");
        }
        List<FieldProblem> empty = new ArrayList<>();
        List<FieldProblem> malformed = new ArrayList<>();
        List<BackPaymentRequest> requests = new ArrayList<>(rows.data().size());
        for (FileRow row : rows.data()) {
            boolean complete = true;
            for (int column = 0; column < ImportFormat.HEADER.size(); column++) {
                if (!isFilled(row, column)) {
                    empty.add(new FieldProblem(row.rowNumber(), ImportFormat.HEADER.get(column), REQUIRED));
                    complete = false;
                }
            }
            if (!complete) {
                continue;
            }
            YearMonth month = month(row.cell(2));
            Long baseFen = fen(row.cell(3));
            if (month == null) {
                malformed.add(new FieldProblem(row.rowNumber(), ImportFormat.HEADER.get(2), "补缴年月格式不正确，应为yyyyMM"));
            }
            if (baseFen == null) {
                malformed.add(new FieldProblem(row.rowNumber(), ImportFormat.HEADER.get(3), "缴存基数格式不正确，应为金额（元）"));
            }
            if (month != null && baseFen != null) {
                requests.add(new BackPaymentRequest(row.rowNumber(), row.cell(0), row.cell(1), month, baseFen));
            }
        }
        if (!empty.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(empty);
            all.addAll(malformed);
            throw new BusinessException(RemittanceError.REQUIRED_FIELD_EMPTY,
                    "必输字段不能为空：请检查报盘内容中是否带有空格或公式等非法字符，去掉空格或公式改为数值", all);
        }
        if (!malformed.isEmpty()) {
            throw new BusinessException(RemittanceError.ROWS_INVALID, RemittanceError.ROWS_INVALID.message(), malformed);
        }
        return requests;
    }

    private static boolean isHeader(FileRow row) {
        for (int i = 0; i < ImportFormat.HEADER.size(); i++) {
            String cell = row.cell(i);
            if (cell == null || !ImportFormat.HEADER.get(i).equals(cell.strip())) {
                return false;
            }
        }
        return true;
    }

    /** Present, with no whitespace of any width anywhere, and a value rather than a formula. */
    static boolean isFilled(FileRow row, int column) {
        String cell = row.cell(column);
        if (cell == null || cell.isEmpty() || row.isFormula(column)) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static YearMonth month(String text) {
        if (text.length() != 6) {
            return null;
        }
        for (int i = 0; i < 6; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Yuan with at most two decimals (a spreadsheet's binary noise beyond that is forgiven), as fen. */
    private static Long fen(String text) {
        try {
            BigDecimal yuan = new BigDecimal(text);
            BigDecimal cents = yuan.setScale(2, RoundingMode.HALF_UP);
            if (yuan.signum() < 0 || yuan.subtract(cents).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                return null;
            }
            return cents.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
