package org.centrecpd.organisation.importing;

import static org.centrecpd.organisation.importing.Spreadsheet.MAX_CELL;
import static org.centrecpd.organisation.importing.Spreadsheet.MAX_COLUMNS;
import static org.centrecpd.organisation.importing.Spreadsheet.MAX_ROWS;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.importing.Spreadsheet.Row;

/**
 * CSV text as rows, read by Apache Commons CSV (RFC 4180), with a semicolon as the separator when the header line
 * has semicolons and no commas (Excel writes that in some locales). The limits are checked as the rows come, so a
 * hostile file is refused before it is all in memory.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<Row> read(String text) {
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = rows.size() + 1;
                if (rows.size() > MAX_ROWS) {
                    throw new RuleViolation("import.file.tooManyRows", MAX_ROWS);
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new RuleViolation("import.file.tooManyColumns", MAX_COLUMNS);
                }
                List<String> cells = new ArrayList<>(record.size());
                for (String cell : record) {
                    if (cell.length() > MAX_CELL) {
                        throw new RuleViolation("import.file.cellTooLong", number, MAX_CELL);
                    }
                    cells.add(cell);
                }
                rows.add(new Row(number, cells));
            }
        } catch (UncheckedIOException | IOException broken) {
            // Commons CSV's only complaint about well-decoded text: a quote opened and never closed.
            throw new RuleViolation("import.file.unclosedQuote", rows.size() + 1);
        }
        return rows;
    }
}
