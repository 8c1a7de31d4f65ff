package com.gjjhall.collection.agreement.form;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page A4 PDF of text and rules, in Chinese, with no font embedded: it names Adobe's standard
 * Simplified Chinese font STSong-Light with the UniGB-UCS2-H encoding, which every PDF reader supplies.
 * Small enough to write by hand, so the service needs no PDF library.
 */
final class SimplePdf {

    static final int WIDTH = 595;
    static final int HEIGHT = 842;

    private final StringBuilder content = new StringBuilder();
    private final String title;

    SimplePdf(String title) {
        this.title = title;
    }

    /** Text at (x, y) from the bottom-left corner, in points. */
    SimplePdf text(int x, int y, int size, String text) {
        content.append("BT /F1 ").append(size).append(" Tf ").append(x).append(' ').append(y).append(" Td <")
                .append(ucs2(text)).append("> Tj ET\n");
        return this;
    }

    SimplePdf rule(int x1, int y, int x2) {
        content.append("0.6 w ").append(x1).append(' ').append(y).append(" m ").append(x2).append(' ').append(y)
                .append(" l S\n");
        return this;
    }

    /** How wide {@code text} is at {@code size}: Chinese characters a full em, the rest half. */
    static int width(String text, int size) {
        int halfEms = 0;
        for (char c : text.toCharArray()) {
            halfEms += c < 0x2E80 ? 1 : 2;
        }
        return halfEms * size / 2;
    }

    byte[] toBytes() {
        byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "] "
                + "/Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                + "/DescendantFonts [5 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
                + "/FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        objects.add(null);
        objects.add("<< /Title <FEFF" + ucs2(title) + "> /Producer (gjj-hall collection-service) >>");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (objects.get(i) == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.writeBytes(stream);
                write(out, "endstream");
            } else {
                write(out, objects.get(i));
            }
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 8 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** UCS-2 big-endian hex, as UniGB-UCS2-H reads it; characters beyond it become a full-width question mark. */
    static String ucs2(String text) {
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) {
            hex.append(String.format("%04X", Character.isSurrogate(c) ? 0xFF1F : (int) c));
        }
        return hex.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
