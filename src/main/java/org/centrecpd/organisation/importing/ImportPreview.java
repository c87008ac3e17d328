package org.centrecpd.organisation.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a file would do, worked out against the database without writing anything: the
 * changes, how many rows are already as the file says, and every problem. The import goes ahead
 * only when there are no problems.
 */
public record ImportPreview(String fileName, LocalDate effective, int rows, int unchanged, List<PlannedChange> changes,
                            List<ImportProblem> problems) {

    public long count(PlannedChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public boolean canImport() {
        return problems.isEmpty() && !changes.isEmpty();
    }

    static ImportPreview refused(String fileName, LocalDate effective, int rows, List<ImportProblem> problems) {
        return new ImportPreview(fileName, effective, rows, 0, List.of(), problems);
    }
}
