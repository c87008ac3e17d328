package org.centrecpd.organisation.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.centrecpd.base.RuleViolation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an uploaded CSV or XLSX file as rows of text, whatever program saved it.
 * <p>
 * Hostile or broken files are refused with a {@link RuleViolation} saying what is wrong, before any
 * row is looked at: not a spreadsheet, an old .xls, too many rows or columns. XLSX is read as a
 * stream of XML events (POI's event API, with its zip-bomb limits), never as a whole workbook in
 * memory. A cell holding a formula comes back as {@code "="} and the formula's text, so the caller
 * refuses it like typed formula text (a formula in an import is either an accident or an attack).
 * Dates typed as dates in Excel come back as ISO dates ({@code 2026-09-01}).
 */
final class Spreadsheet {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL = 1_000;

    static {
        // A real XLSX of 20 000 rows is a few MB inflated; anything inflating far beyond is a bomb.
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < 0 || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The header row (row 1) and the rows under it, blank rows left out. */
    record Sheet(List<String> headers, List<Row> rows) {
    }

    private Spreadsheet() {
    }

    static Sheet read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RuleViolation("import.file.empty");
        }
        if (bytes.length > ImportFiles.MAX_BYTES) {
            throw new RuleViolation("import.file.tooBig", ImportFiles.MAX_BYTES / (1024 * 1024));
        }
        List<Row> all;
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            all = xlsx(bytes);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new RuleViolation("import.file.oldExcel");
        } else {
            all = csv(text(bytes));
        }
        if (all.isEmpty()) {
            throw new RuleViolation("import.file.empty");
        }
        List<String> headers = all.getFirst().cells().stream().map(h -> h == null ? "" : h.strip()).toList();
        List<Row> rows = all.subList(1, all.size()).stream().filter(r -> !r.isBlank()).toList();
        return new Sheet(headers, rows);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * CSV must be text with no NUL bytes: UTF-8 (Excel's "CSV UTF-8"), with or without a byte-order mark, or else
     * Windows-1252, what Excel's plain "CSV (Comma delimited)" writes on a UK Windows PC: refusing it left "Zoë" and
     * "Siân" unimportable from the most common export there is. Text valid as UTF-8 is always read as UTF-8.
     */
    private static String text(byte[] bytes) {
        String s;
        try {
            s = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                s = decode(bytes, java.nio.charset.Charset.forName("windows-1252"));
            } catch (CharacterCodingException e) {
                throw new RuleViolation("import.file.notSpreadsheet");
            }
        }
        if (s.indexOf('\0') >= 0) {
            throw new RuleViolation("import.file.notSpreadsheet");
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** RFC 4180, with a semicolon as the separator when the header line has semicolons and no commas (Excel in some locales). */
    static List<Row> csv(String text) {
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    append(cell, ch, rowStart);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                addCell(cells, cell, rowStart);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                addCell(cells, cell, rowStart);
                addRow(rows, rows.size() + 1, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = rows.size() + 1;
            } else {
                append(cell, ch, rowStart);
            }
        }
        if (quoted) {
            throw new RuleViolation("import.file.unclosedQuote", rowStart);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            addCell(cells, cell, rowStart);
            addRow(rows, rows.size() + 1, cells);
        }
        return rows;
    }

    private static void append(StringBuilder cell, char ch, int row) {
        if (cell.length() >= MAX_CELL) {
            throw new RuleViolation("import.file.cellTooLong", row, MAX_CELL);
        }
        cell.append(ch);
    }

    private static void addCell(List<String> cells, StringBuilder cell, int row) {
        if (cells.size() >= MAX_COLUMNS) {
            throw new RuleViolation("import.file.tooManyColumns", MAX_COLUMNS);
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private static void addRow(List<Row> rows, int number, List<String> cells) {
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolation("import.file.tooManyRows", MAX_ROWS);
        }
        rows.add(new Row(number, cells));
    }

    private static List<Row> xlsx(byte[] bytes) {
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
