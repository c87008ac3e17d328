package org.centrecpd.organisation.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.centrecpd.base.EmailAddress;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.importing.Columns.Column;

/**
 * What a row of a staff spreadsheet must hold, and each row checked cell by cell: the file's side of the staff
 * import. {@link StaffImport} then works out what the valid rows change in the organisation.
 */
final class StaffRows {

    static final Column NAME = Column.of("Name", true, "Jo Bloggs", "Full name");
    static final Column EMAIL = Column.of("E-mail", true, "jo.bloggs@example.org", "Email", "E-mail address", "Email address");
    static final Column JOB = Column.of("Job role", true, "Family support worker", "Job", "Role");
    static final Column CENTRE = Column.of("Centre", true, "Ashbrook Children's Centre", "Center", "Centre reference");
    static final Column START = Column.of("Start date", true, "01/09/2026", "Start", "Started");
    static final Column MANAGES = Column.of("Manages centres", false, "", "Manager of", "Manages");
    static final Columns COLUMNS = new Columns(NAME, EMAIL, JOB, CENTRE, START, MANAGES);

    /** A valid row of the file. */
    record StaffRow(int row, String name, String email, JobRole job, Map<Centre, JobRole> jobs, LocalDate start) {
    }

    private StaffRows() {
    }

    /** One row checked cell by cell; null (and its problems added) when it cannot be imported. */
    static StaffRow read(Spreadsheet.Row r, Map<Column, Integer> at, List<String> headers, CentreIndex index,
                         Map<String, Integer> firstRowOf, List<ImportProblem> problems) {
        if (Columns.formulasIn(r, headers, problems)) {
            return null;
        }
        int before = problems.size();
        String name = r.cell(at.get(NAME));
        if (name.isEmpty()) {
            problems.add(ImportProblem.of(r.number(), NAME.heading(), "import.cell.required"));
        } else if (name.length() > 200) {
            problems.add(ImportProblem.of(r.number(), NAME.heading(), "import.cell.tooLong", 200));
        }
        String email = Person.normalisedEmail(r.cell(at.get(EMAIL)));
        if (email.isEmpty()) {
            problems.add(ImportProblem.of(r.number(), EMAIL.heading(), "import.cell.required"));
        } else if (!EmailAddress.isValid(email)) {
            problems.add(ImportProblem.of(r.number(), EMAIL.heading(), "import.staff.emailInvalid", email));
        } else if (firstRowOf.putIfAbsent(email, r.number()) != null) {
            problems.add(ImportProblem.of(r.number(), EMAIL.heading(), "import.staff.emailTwice", email, firstRowOf.get(email)));
        }
        JobRole job = null;
        String jobText = r.cell(at.get(JOB));
        if (jobText.isEmpty()) {
            problems.add(ImportProblem.of(r.number(), JOB.heading(), "import.cell.required"));
        } else {
            job = jobRole(jobText);
            if (job == null) {
                problems.add(ImportProblem.of(r.number(), JOB.heading(), "import.staff.jobUnknown", jobText));
            }
        }
        Centre centre = index.resolve(r.number(), CENTRE.heading(), r.cell(at.get(CENTRE)), problems);
        LocalDate start = null;
        String startText = r.cell(at.get(START));
        if (startText.isEmpty()) {
            problems.add(ImportProblem.of(r.number(), START.heading(), "import.cell.required"));
        } else {
            start = Columns.date(startText).orElse(null);
            if (start == null) {
                problems.add(ImportProblem.of(r.number(), START.heading(), "import.cell.date", startText));
            }
        }
        Map<Centre, JobRole> jobs = new LinkedHashMap<>();
        if (centre != null && job != null) {
            jobs.put(centre, job);
        }
        if (at.containsKey(MANAGES)) {
            for (String managed : Columns.list(r.cell(at.get(MANAGES)))) {
                Centre c = index.resolve(r.number(), MANAGES.heading(), managed, problems);
                if (c != null) {
                    jobs.put(c, JobRole.CENTRE_MANAGER);
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new StaffRow(r.number(), name, email, Objects.requireNonNull(job), jobs, start);
    }

    /** "Family support worker", "family-support-worker" or "FAMILY_SUPPORT_WORKER". */
    static JobRole jobRole(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        return JobRole.byId(key).orElse(null);
    }
}
