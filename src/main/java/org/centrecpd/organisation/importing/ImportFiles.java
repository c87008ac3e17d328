package org.centrecpd.organisation.importing;

import java.util.ArrayList;
import java.util.List;
import org.centrecpd.base.export.Table;

/** What an import file may be, and the templates admins download to fill in. */
public final class ImportFiles {

    /**
     * The largest file accepted: a 20 000-row staff CSV is about 2 MB, the same as XLSX well under
     * that. Anything much larger is not a staff list; it is refused before it is read.
     */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private ImportFiles() {
    }

    /** The staff template: the columns and one example row. */
    public static Table staffTemplate() {
        return template("Staff", StaffRows.COLUMNS);
    }

    /** The organisation template: the columns and one example row. */
    public static Table organisationTemplate() {
        return template("Organisation", OrganisationRows.COLUMNS);
    }

    private static Table template(String title, Columns columns) {
        List<String> headers = columns.all().stream().map(Columns.Column::heading).toList();
        List<Object> example = new ArrayList<>(columns.all().stream().map(c -> (Object) c.example()).toList());
        return new Table(title, headers, List.of(example));
    }
}
