package org.centrecpd.organisation.importing;

import java.util.List;

/**
 * Something in the file that stops the import: where (spreadsheet row number, the header row being
 * row 1, and the column's heading; {@code null} column for the file as a whole) and what, as a
 * translation key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
