package org.centrecpd.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every table of the app as CSV (UTF-8 with a byte-order mark, so Excel reads the accents) and as
 * XLSX. Text that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return at
 * the start) stays text on the manager's computer (CSV injection): in CSV it gets a leading apostrophe;
 * in XLSX a text cell is never calculated, so it keeps its words and only carries the quote-prefix style
 * (what a spreadsheet gives text typed after an apostrophe), which shows no apostrophe.
 * Dates and times are real spreadsheet dates (sortable, filterable), with a day-month-year format;
 * moments ({@link Instant} and zoned times) are shown as the clock in England read them.
 */
public final class TableFiles {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TableFiles() {
    }

    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.headers());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Table table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmm yyyy hh:mm:ss"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case null -> cell.setBlank();
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        default -> {
                            LocalDateTime moment = dateTime(value);
                            if (moment != null) {
                                cell.setCellValue(moment);
                                cell.setCellStyle(time);
                            } else {
                                String text = value.toString();
                                cell.setCellValue(text);
                                if (!safe(text).equals(text)) {
                                    cell.setCellStyle(quoted);
                                }
                            }
                        }
                    }
                }
            }
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as a spreadsheet will show it, never run: a leading apostrophe before formula-like text.
     * Spaces in front do not make it safe (some spreadsheets trim them before deciding), nor do the
     * full-width signs (＝ ＋ － ＠) that some read as their ASCII twins.
     */
    static String safe(String text) {
        String start = text.stripLeading();
        if (!text.isEmpty() && ("\t\r\n".indexOf(text.charAt(0)) >= 0
            || (!start.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(start.charAt(0)) >= 0))) {
            return "'" + text;
        }
        return text;
    }

    /** The local date-time a value stands for, or null when it is not a date-time. */
    private static LocalDateTime dateTime(Object value) {
        return switch (value) {
            case LocalDateTime t -> t;
            case Instant i -> LocalDateTime.ofInstant(i, ENGLAND);
            case ZonedDateTime z -> z.withZoneSameInstant(ENGLAND).toLocalDateTime();
            case OffsetDateTime o -> o.atZoneSameInstant(ENGLAND).toLocalDateTime();
            default -> null;
        };
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        LocalDateTime moment = dateTime(value);
        return moment != null ? CSV_TIME.format(moment) : safe(value.toString());
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            String text = csvText(value);
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
