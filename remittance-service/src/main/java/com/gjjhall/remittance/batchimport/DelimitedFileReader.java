package com.gjjhall.remittance.batchimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV or TXT file: UTF-8 (with or without a byte-order mark) or GBK, whichever the bytes are —
 * Excel on a Chinese Windows saves CSV in GBK. The separator is the header's: tab, '|' or comma. Quoted
 * fields may hold the separator; a cell that starts with '=' is a spreadsheet formula.
 */
final class DelimitedFileReader {

    private static final Charset GBK = Charset.forName("GB18030");

    private DelimitedFileReader() {
    }

    static void read(byte[] bytes, UploadedRows rows) {
        String text = decode(bytes);
        int start = 0;
        int rowNumber = 0;
        char separator = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            rowNumber++;
            if (separator == 0) {
                separator = line.indexOf('\t') >= 0 ? '\t' : line.indexOf('|') >= 0 ? '|' : ',';
            }
            rows.add(split(line, separator, rowNumber));
        }
    }

    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    private static FileRow split(String line, char separator, int rowNumber) {
        List<String> cells = new ArrayList<>(8);
        List<Boolean> formulas = new ArrayList<>(8);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                finish(cell, cells, formulas);
            } else {
                cell.append(c);
            }
        }
        finish(cell, cells, formulas);
        boolean[] formulaFlags = new boolean[formulas.size()];
        for (int i = 0; i < formulaFlags.length; i++) {
            formulaFlags[i] = formulas.get(i);
        }
        return new FileRow(rowNumber, cells.toArray(String[]::new), formulaFlags);
    }

    private static void finish(StringBuilder cell, List<String> cells, List<Boolean> formulas) {
        String value = cell.toString();
        cells.add(value);
        formulas.add(value.startsWith("="));
        cell.setLength(0);
    }
}
