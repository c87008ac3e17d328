package org.centrecpd.organisation.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.Employment;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.organisation.importing.Columns.Column;
import org.centrecpd.organisation.importing.PlannedChange.Kind;
import org.centrecpd.organisation.importing.StaffRows.StaffRow;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.stereotype.Component;

/**
 * What a staff spreadsheet would change, worked out without writing anything: each row read and checked by the same
 * rules as a person typed in by hand, the people found by e-mail with their jobs on the effective date, and for each
 * a new person, a change (name, job, centres) or nothing; with "people not in the file have left", the leavers.
 * {@link StaffImport} shows it as the preview and writes it.
 */
@Component
class StaffPlanner {

    /** Look-ups of many keys at once go in slices: databases limit the parameters of one statement. */
    private static final int SLICE = 1_000;

    private final PersonRepository people;
    private final EmploymentRepository employments;
    private final CentreRepository centres;
    private final AccessScope scope;
    private final jakarta.validation.Validator validator;

    StaffPlanner(PersonRepository people, EmploymentRepository employments, CentreRepository centres, AccessScope scope,
                 jakarta.validation.Validator validator) {
        this.people = people;
        this.employments = employments;
        this.centres = centres;
        this.scope = scope;
        this.validator = validator;
    }

    /** A change to an existing person, written after the new people; {@code row} and {@code column} say where a refusal points. */
    sealed interface Change {
        int row();

        String column();
    }

    /** A new name or job, and the centres worked at from the effective date where they differ ({@code moveTo}; null: no move). */
    record Update(int row, String column, long personId, String name, JobRole job, Map<Long, JobRole> moveTo) implements Change {
    }

    /** Someone not in the file who has left (the admin said so). */
    record Leave(long personId) implements Change {
        @Override
        public int row() {
            return 0;
        }

        @Override
        public String column() {
            return null;
        }
    }

    record Plan(ImportPreview preview, List<StaffRow> creates, List<Change> changes) {
    }

    Plan plan(byte[] file, String fileName, LocalDate effective, boolean absentHaveLeft) {
        Spreadsheet.Sheet sheet = Spreadsheet.read(file);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Column, Integer> at = StaffRows.COLUMNS.locate(sheet.headers(), problems);
        if (!problems.isEmpty()) {
            return new Plan(ImportPreview.refused(fileName, effective, sheet.rows().size(), problems), List.of(), List.of());
        }
        CentreIndex index = new CentreIndex(centres.findAllInScope(scope.centres()));
        List<StaffRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (Spreadsheet.Row r : sheet.rows()) {
            StaffRow row = StaffRows.read(r, at, sheet.headers(), index, firstRowOf, problems);
            if (row != null && !validPerson(row, problems)) {
                row = null;
            }
            if (row != null) {
                rows.add(row);
            }
        }

        Map<String, Person> existing = new HashMap<>();
        List<String> emails = rows.stream().map(StaffRow::email).toList();
        for (int i = 0; i < emails.size(); i += SLICE) {
            people.findByEmailIn(emails.subList(i, Math.min(emails.size(), i + SLICE))).forEach(p -> existing.put(p.getEmail(), p));
        }
        Map<Long, List<Employment>> current = new HashMap<>();
        List<Long> ids = existing.values().stream().map(Person::getId).toList();
        for (int i = 0; i < ids.size(); i += SLICE) {
            employments.currentForAll(ids.subList(i, Math.min(ids.size(), i + SLICE)), effective)
                .forEach(e -> current.computeIfAbsent(e.getPerson().getId(), k -> new ArrayList<>()).add(e));
        }

        List<PlannedChange> planned = new ArrayList<>();
        List<StaffRow> creates = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (StaffRow row : rows) {
            Person person = existing.get(row.email());
            if (person == null) {
                creates.add(row);
                planned.add(new PlannedChange(row.row(), Kind.CREATE, row.email(), row.name() + ": " + describe(row.jobs())
                    + " from " + row.start()));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (!person.getFullName().equals(row.name())) {
                what.add("name " + person.getFullName() + " → " + row.name());
            }
            if (person.getJobRole() != row.job()) {
                what.add("job " + person.getJobRole().id() + " → " + row.job().id());
            }
            List<Employment> now = current.getOrDefault(person.getId(), List.of());
            Map<Long, JobRole> nowJobs = now.stream().collect(Collectors.toMap(e -> e.getCentre().getId(), Employment::getJobRole,
                (a, b) -> a));
            Map<Long, JobRole> wanted = new LinkedHashMap<>();
            row.jobs().forEach((c, j) -> wanted.put(c.getId(), j));
            boolean moves = !nowJobs.equals(wanted);
            if (moves) {
                what.add((now.isEmpty() ? "starts at " : describeEmployments(now) + " → ") + describe(row.jobs()) + " from " + effective);
                now.stream().filter(e -> wanted.get(e.getCentre().getId()) != e.getJobRole()
                        && !effective.isAfter(e.getPeriod().validFrom())).findFirst()
                    .ifPresent(e -> problems.add(ImportProblem.of(row.row(), StaffRows.CENTRE.heading(), "import.staff.moveTooEarly",
                        e.getCentre().getName(), e.getPeriod().validFrom(), effective)));
            }
            if (what.isEmpty()) {
                unchanged++;
                continue;
            }
            planned.add(new PlannedChange(row.row(), Kind.CHANGE, row.email(), String.join("; ", what)));
            long personId = person.getId();
            changes.add(new Update(row.row(), moves ? StaffRows.CENTRE.heading() : StaffRows.NAME.heading(), personId, row.name(), row.job(),
                moves ? wanted : null));
        }

        if (absentHaveLeft && !rows.isEmpty()) {
            Set<Long> authorities = rows.stream().flatMap(r -> r.jobs().keySet().stream())
                .map(c -> c.getLocalAuthority().getId()).collect(Collectors.toSet());
            Set<String> inFile = new HashSet<>(emails);
            Map<Person, List<Employment>> leavers = new TreeMap<>(java.util.Comparator.comparing(Person::getEmail));
            for (Employment e : employments.currentInAuthorities(authorities, effective)) {
                if (!inFile.contains(e.getPerson().getEmail())) {
                    leavers.computeIfAbsent(e.getPerson(), k -> new ArrayList<>()).add(e);
                }
            }
            leavers.forEach((person, jobs) -> {
                planned.add(new PlannedChange(0, Kind.END, person.getEmail(), person.getFullName() + ": leaves "
                    + describeEmployments(jobs) + " on " + effective));
                jobs.stream().filter(e -> !effective.isAfter(e.getPeriod().validFrom())).findFirst()
                    .ifPresent(e -> problems.add(ImportProblem.of(0, null, "import.staff.leaveTooEarly", person.getEmail(),
                        e.getCentre().getName(), e.getPeriod().validFrom(), effective)));
                changes.add(new Leave(person.getId()));
            });
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        ImportPreview preview = new ImportPreview(fileName, effective, sheet.rows().size(), unchanged, List.copyOf(planned),
            List.copyOf(problems));
        return new Plan(preview, creates, changes);
    }

    /** The same rules as a person typed in by hand (the entity's constraints), so a write cannot fail on them later. */
    private boolean validPerson(StaffRow row, List<ImportProblem> problems) {
        var violations = validator.validate(new Person(row.name(), row.email(), row.job()));
        for (var v : violations) {
            String column = v.getPropertyPath().toString().equals("email") ? StaffRows.EMAIL.heading() : StaffRows.NAME.heading();
            problems.add(ImportProblem.of(row.row(), column, v.getPropertyPath().toString().equals("email")
                ? "import.staff.emailInvalid" : "import.cell.invalid", String.valueOf(v.getInvalidValue())));
        }
        return violations.isEmpty();
    }

    private static String describe(Map<Centre, JobRole> jobs) {
        return jobs.entrySet().stream().map(e -> e.getKey().getName() + " (" + e.getValue().id() + ")").collect(Collectors.joining(", "));
    }

    private static String describeEmployments(Collection<Employment> jobs) {
        return jobs.stream().map(e -> e.getCentre().getName() + " (" + e.getJobRole().id() + ")").collect(Collectors.joining(", "));
    }
}
