package com.gjjhall.remittance.batchimport;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the first sheet of an XLSX file as a stream of SAX events (never the whole workbook in memory), so
 * a 100,000-row file fits a small heap. Cells keep their text as stored; a cell with a formula is marked,
 * whatever its cached result.
 */
final class XlsxFileReader {

    private XlsxFileReader() {
    }

    static void read(File file, UploadedRows rows) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessException(RemittanceError.UNSUPPORTED_FILE);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, rows));
                xml.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | UnsupportedFileFormatException
                 | POIXMLException e) {
            throw new BusinessException(RemittanceError.UNSUPPORTED_FILE);
        }
    }

    /** Rows, cells, formulas and values of SpreadsheetML ({@code <row><c r t><f/><v/><is><t/></is></c></row>}). */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final UploadedRows rows;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private final List<Boolean> formulas = new ArrayList<>();
        private int lastRow;
        private int rowNumber;
        private int column;
        private String type;
        private boolean formula;
        private boolean collecting;
        private String value;

        SheetHandler(ReadOnlySharedStringsTable strings, UploadedRows rows) {
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r);
                    cells.clear();
                    formulas.clear();
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? cells.size() : columnOf(reference);
                    type = attributes.getValue("t");
                    formula = false;
                    value = null;
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> {
                    collecting = false;
                    value = value == null ? text.toString() : value + text;
                }
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(null);
                        formulas.add(false);
                    }
                    cells.add(cellText());
                    formulas.add(formula);
                }
                case "row" -> {
                    for (int missing = lastRow + 1; missing < rowNumber; missing++) {
                        rows.add(new FileRow(missing, new String[0], new boolean[0]));
                    }
                    boolean[] flags = new boolean[formulas.size()];
                    for (int i = 0; i < flags.length; i++) {
                        flags[i] = formulas.get(i);
                    }
                    rows.add(new FileRow(rowNumber, cells.toArray(String[]::new), flags));
                    lastRow = rowNumber;
                }
                default -> {
                }
            }
        }

        private String cellText() {
            if (value == null) {
                return null;
            }
            if ("s".equals(type)) {
                return strings.getItemAt(Integer.parseInt(value.trim())).getString();
            }
            if (type == null || "n".equals(type)) {
                return plainNumber(value);
            }
            return value;
        }

        /** Numbers as a person reads them: 202605, not 202605.0 as some writers store it. */
        private static String plainNumber(String stored) {
            try {
                return new BigDecimal(stored).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return stored;
            }
        }

        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (reference.charAt(i) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
