package org.centrecpd.organisation.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.importing.Columns.Column;

/**
 * What a row of an organisation spreadsheet holds (an authority, its provider and group, a centre), each row's cells
 * checked on their own: the file's side of the organisation import. {@link OrganisationImport} then compares the
 * valid rows with the organisation as it is.
 */
final class OrganisationRows {

    static final Column AUTHORITY = Column.of("Local authority", true, "Northshire County Council", "Authority", "LA");
    static final Column PROVIDER = Column.of("Provider", true, "Little Steps Charity", "Lead agency");
    static final Column GROUP = Column.of("Group", false, "North Group", "Centre group");
    static final Column CENTRE = Column.of("Centre", false, "Ashbrook Children's Centre", "Centre name", "Center");
    static final Column REFERENCE = Column.of("Reference", false, "EY123456", "Ofsted URN", "URN");
    static final Column ADDRESS = Column.of("Address", false, "1 High Street, Ashbrook");
    static final Column POSTCODE = Column.of("Postcode", false, "AB1 2CD", "Post code");
    static final Column FROM = Column.of("From", false, "01/04/2026", "From date", "Start date");
    static final Columns COLUMNS = new Columns(AUTHORITY, PROVIDER, GROUP, CENTRE, REFERENCE, ADDRESS, POSTCODE, FROM);

    /** The same rule as the centre form (Centre's constraint). */
    private static final Pattern POSTCODE_SHAPE = Pattern.compile(Centre.POSTCODE);

    /** The cells of a row that passed the checks of its own; empty text where a column is absent or blank. */
    record Cells(String authority, String provider, String group, String centre, String reference, String address,
                 String postcode, LocalDate from) {
    }

    private OrganisationRows() {
    }

    /** The row's cells, or null (and its problems added) when the row cannot be used whatever the database holds. */
    static Cells read(Spreadsheet.Row r, Map<Column, Integer> at, List<String> headers, LocalDate effective,
                      List<ImportProblem> problems) {
        if (Columns.formulasIn(r, headers, problems)) {
            return null;
        }
        int before = problems.size();
        String authority = text(r, at, AUTHORITY, 200, problems);
        String provider = text(r, at, PROVIDER, 200, problems);
        String group = text(r, at, GROUP, 200, problems);
        String centre = text(r, at, CENTRE, 200, problems);
        String reference = text(r, at, REFERENCE, 40, problems);
        String address = text(r, at, ADDRESS, 300, problems);
        String postcode = text(r, at, POSTCODE, 10, problems);
        if (authority.isEmpty()) {
            problems.add(ImportProblem.of(r.number(), AUTHORITY.heading(), "import.cell.required"));
        }
        if (!centre.isEmpty() && provider.isEmpty()) {
            problems.add(ImportProblem.of(r.number(), PROVIDER.heading(), "import.cell.required"));
        }
        if (!postcode.isEmpty() && !POSTCODE_SHAPE.matcher(postcode).matches()) {
            problems.add(ImportProblem.of(r.number(), POSTCODE.heading(), "import.org.postcode", postcode));
        }
        LocalDate from = effective;
        String fromText = at.containsKey(FROM) ? r.cell(at.get(FROM)) : "";
        if (!fromText.isEmpty()) {
            from = Columns.date(fromText).orElse(null);
            if (from == null) {
                problems.add(ImportProblem.of(r.number(), FROM.heading(), "import.cell.date", fromText));
            }
        }
        return problems.size() > before ? null : new Cells(authority, provider, group, centre, reference, address, postcode, from);
    }

    private static String text(Spreadsheet.Row r, Map<Column, Integer> at, Column column, int max, List<ImportProblem> problems) {
        if (!at.containsKey(column)) {
            return "";
        }
        String value = r.cell(at.get(column));
        if (value.length() > max) {
            problems.add(ImportProblem.of(r.number(), column.heading(), "import.cell.tooLong", max));
        }
        return value;
    }
}
