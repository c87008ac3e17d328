package org.centrecpd.organisation.importing;

import static org.centrecpd.organisation.importing.Spreadsheet.MAX_CELL;
import static org.centrecpd.organisation.importing.Spreadsheet.MAX_COLUMNS;
import static org.centrecpd.organisation.importing.Spreadsheet.MAX_ROWS;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.importing.Spreadsheet.Row;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first worksheet of an XLSX file as rows of text, read as a stream of XML events (POI's event API, with its
 * zip-bomb limits), never as a whole workbook in memory; {@link Spreadsheet} says what comes back.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<Row> read(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RuleViolation("import.file.empty");
            }
            SheetHandler handler = new SheetHandler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
            return handler.rows;
        } catch (RuleViolation e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // A zip that is not a workbook, a damaged workbook, a zip bomb (POI refuses it): all "not readable".
            throw new RuleViolation("import.file.notSpreadsheet");
        }
    }

    /** SAX events of one worksheet's XML, turned into rows of text. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        final List<Row> rows = new ArrayList<>();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formulaText = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    if (rows.size() > MAX_ROWS) {
                        throw new RuleViolation("import.file.tooManyRows", MAX_ROWS);
                    }
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : new CellReference(ref).getCol();
                    if (column >= MAX_COLUMNS) {
                        throw new RuleViolation("import.file.tooManyColumns", MAX_COLUMNS);
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                    formulaText.setLength(0);
                }
                case "v", "t" -> inValue = true;
                case "f" -> {
                    formula = true;
                    inFormula = true;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inFormula) {
                formulaText.append(ch, start, Math.min(length, MAX_CELL));
            } else if (inValue && value.length() < MAX_CELL * 2) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "f" -> inFormula = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText());
                }
                case "row" -> {
                    if (cells != null) {
                        rows.add(new Row(rowNumber, cells));
                    }
                }
                default -> { }
            }
        }

        private String cellText() {
            if (formula) {
                return "=" + formulaText;
            }
            String raw = value.toString();
            if (raw.length() > MAX_CELL) {
                throw new RuleViolation("import.file.cellTooLong", rowNumber, MAX_CELL);
            }
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                double number = Double.parseDouble(raw);
                if (style != null) {
                    XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
                    if (s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())
                        && DateUtil.isValidExcelDate(number)) {
                        LocalDateTime when = DateUtil.getLocalDateTime(number);
                        return when.toLocalDate().toString();
                    }
                }
                return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : raw;
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw)).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw; // inlineStr, str, e
            };
        }
    }
}
