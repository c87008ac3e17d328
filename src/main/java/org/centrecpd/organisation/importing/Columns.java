package org.centrecpd.organisation.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one kind of import file: their headings as the template writes them, the other
 * spellings people type, which are required; and the rules every cell follows.
 */
final class Columns {

    /** A column: its heading in the template, whether it must be there, and other accepted headings. */
    record Column(String heading, boolean required, String example, List<String> aliases) {
        static Column of(String heading, boolean required, String example, String... aliases) {
            return new Column(heading, required, example, List.of(aliases));
        }
    }

    private final List<Column> columns;

    Columns(Column... columns) {
        this.columns = List.of(columns);
    }

    List<Column> all() {
        return columns;
    }

    /** Where each known column is in the file, or the problems with the header row (missing, unknown, twice). */
    Map<Column, Integer> locate(List<String> headers, List<ImportProblem> problems) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        Map<String, Column> byKey = new HashMap<>();
        for (Column c : columns) {
            byKey.put(key(c.heading()), c);
            c.aliases().forEach(a -> byKey.put(key(a), c));
        }
        for (int i = 0; i < headers.size(); i++) {
            String heading = headers.get(i);
            if (heading.isBlank()) {
                continue;
            }
            Column c = byKey.get(key(heading));
            if (c == null) {
                problems.add(ImportProblem.of(1, heading, "import.column.unknown", heading));
            } else if (found.containsKey(c)) {
                problems.add(ImportProblem.of(1, heading, "import.column.twice", c.heading()));
            } else {
                found.put(c, i);
            }
        }
        for (Column c : columns) {
            if (c.required() && !found.containsKey(c)) {
                problems.add(ImportProblem.of(1, c.heading(), "import.column.missing", c.heading()));
            }
        }
        return found;
    }

    private static String key(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /**
     * Text a spreadsheet would run as a formula when the file is opened again ({@code =HYPERLINK(…)},
     * {@code +}, {@code -}, {@code @}, a leading tab or carriage return), or a formula cell of an XLSX.
     * Refused, not cleaned: the admin should know their file carries one.
     */
    static boolean looksLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        String s = cell.stripLeading();
        char first = cell.charAt(0);
        return first == '\t' || first == '\r' || (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0)
            // The full-width equals and plus signs, which some spreadsheets also read as the start of a formula.
            || (!s.isEmpty() && (s.charAt(0) == '\uFF1D' || s.charAt(0) == '\uFF0B'));
    }

    /**
     * Adds a problem for every cell of the row that a spreadsheet would run as a formula, and says whether there was
     * one: nothing else in such a row is looked at, or used (a file meant to be imported carries none).
     */
    static boolean formulasIn(Spreadsheet.Row row, List<String> headers, List<ImportProblem> problems) {
        boolean found = false;
        for (int i = 0; i < row.cells().size(); i++) {
            if (looksLikeFormula(row.cells().get(i))) {
                String heading = i < headers.size() && !headers.get(i).isBlank() ? headers.get(i) : "#" + (i + 1);
                problems.add(ImportProblem.of(row.number(), heading, "import.cell.formula", abbreviated(row.cells().get(i))));
                found = true;
            }
        }
        return found;
    }

    /** A cell's text short enough to quote in a problem. */
    static String abbreviated(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }

    private static final List<DateTimeFormatter> DATES = List.of(
        DateTimeFormatter.ISO_LOCAL_DATE,
        strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"),
        strict("d MMM uuuu"), strict("d MMMM uuuu"));

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    }

    /** A day as people in England type it (1/9/2026, 01/09/2026, 1 Sept 2026, 2026-09-01); never month first. */
    static Optional<LocalDate> date(String text) {
        String t = text.strip().replace("Sept ", "Sep ").replace("sept ", "sep ");
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        // "Sep" is how Java's UK locale may not spell it: try "Sept" too.
        try {
            return Optional.of(LocalDate.parse(text.strip(), strict("d MMM uuuu")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Several values in one cell, separated by semicolons (the template says so). */
    static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }
}
