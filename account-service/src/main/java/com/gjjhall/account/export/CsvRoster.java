package com.gjjhall.account.export;

import com.gjjhall.account.view.EmployeeView;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The roster as CSV that Excel opens without mojibake (FAQ 二.13): UTF-8 with a byte-order mark, which is how
 * Excel recognises UTF-8, CRLF line ends and RFC 4180 quoting. Values are written as they are stored.
 */
final class CsvRoster implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;

    CsvRoster(OutputStream stream) {
        try {
            stream.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        line(RosterExport.HEADER);
    }

    void add(EmployeeView e) {
        line(new String[]{e.personalAccountNumber(), e.name(), e.idNumber(), nullToEmpty(e.departmentName()),
                e.statusName(), e.base(), Integer.toString(e.unitRatePercent()), Integer.toString(e.personalRatePercent()),
                e.monthlyDeposit(), e.balance(), nullToEmpty(e.paidUpToMonth()), nullToEmpty(e.startMonth()),
                nullToEmpty(e.sealedFromMonth()), nullToEmpty(e.mobile())});
    }

    private void line(String[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(values[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
