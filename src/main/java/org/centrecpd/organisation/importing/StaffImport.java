package org.centrecpd.organisation.importing;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.Period;
import org.centrecpd.base.RuleViolation;
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
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff from a spreadsheet: one row per person (name, e-mail, job, centre, start date, and the
 * centres they manage, for a group manager). People are found by e-mail, so importing the same file
 * again changes nothing. A new person gets a person record and their jobs, but no sign-in and no
 * password: invitations give them one. An existing person whose centres differ from the file moves
 * on the file's effective date through {@link Workplaces#changeWorkplaces} (history kept); when
 * the admin says so, people working at the file's authorities who are not in the file leave that
 * day ({@link Workplaces#endEmployment}).
 * <p>
 * {@link #preview} writes nothing. {@link #apply} works the plan out again inside one transaction
 * (the database may have changed since the preview) and writes all of it or none of it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMIN_NAME)
public class StaffImport {

    /** Look-ups of many keys at once go in slices: databases limit the parameters of one statement. */
    private static final int SLICE = 1_000;

    private final PersonRepository people;
    private final EmploymentRepository employments;
    private final CentreRepository centres;
    private final Workplaces workplaces;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final jakarta.validation.Validator validator;
    private final java.time.Clock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    StaffImport(PersonRepository people, EmploymentRepository employments, CentreRepository centres, Workplaces workplaces,
                AccessScope scope, ApplicationEventPublisher events, jakarta.validation.Validator validator,
                java.time.Clock clock) {
        this.clock = clock;
        this.validator = validator;
        this.people = people;
        this.employments = employments;
        this.centres = centres;
        this.workplaces = workplaces;
        this.scope = scope;
        this.events = events;
    }

    /** Today, by the application's clock: the default effective date of an import. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What importing would do; nothing is written. */
    public ImportPreview preview(byte[] file, String fileName, LocalDate effective, boolean absentHaveLeft) {
        return plan(file, fileName, effective, absentHaveLeft).preview;
    }

    /**
     * Imports the file in one transaction, or refuses it ({@link ImportRefused}) having written nothing.
     *
     * @param progress told how many of the rows to write are done, now and then
     */
    @Transactional
    public ImportResult apply(byte[] file, String fileName, LocalDate effective, boolean absentHaveLeft, IntConsumer progress) {
        Plan plan = plan(file, fileName, effective, absentHaveLeft);
        if (!plan.preview.problems().isEmpty()) {
            throw new ImportRefused(plan.preview);
        }
        int total = plan.preview.changes().size();
        int done = 0;
        // The plan loaded every person of the file and their jobs; nothing of that is changed through those
        // copies. Let go of them, so each flush below checks only what is being written (else every move
        // would look at all 5 000 people again).
        entityManager.clear();
        List<Person> created = new ArrayList<>();
        List<Employment> jobs = new ArrayList<>();
        for (StaffRow row : plan.creates) {
            Person person = new Person(row.name(), row.email(), row.job());
            created.add(person);
            row.jobs().forEach((centre, job) -> jobs.add(new Employment(person, centre, job, Period.from(row.start()))));
            if (++done % 250 == 0) {
                progress.accept(done);
            }
        }
        people.saveAll(created);
        employments.saveAll(jobs);
        entityManager.flush();
        entityManager.clear();
        for (Change change : plan.changes) {
            try {
                change.apply();
            } catch (RuleViolation broken) {
                // The database no longer allows what the preview showed (or never did, e.g. an overlap
                // with a job that starts later): the whole import rolls back, and the row says why.
                List<ImportProblem> problems = List.of(new ImportProblem(change.row(), change.column(), broken.messageKey(),
                    List.of(broken.arguments())));
                throw new ImportRefused(ImportPreview.refused(fileName, effective, plan.preview.rows(), problems));
            }
            if (++done % 50 == 0) {
                progress.accept(done);
                entityManager.flush();
                entityManager.clear();
            }
        }
        progress.accept(total);
        ImportResult result = new ImportResult(plan.preview.count(Kind.CREATE), plan.preview.count(Kind.CHANGE),
            plan.preview.count(Kind.END));
        if (total > 0) {
            events.publishEvent(org.centrecpd.organisation.StaffPostsChanged.anyone(effective));
        }
        events.publishEvent(new AuditEvent(AuditAction.STAFF_IMPORTED, fileName, result.created() + " created, "
            + result.changed() + " changed, " + result.ended() + " ended, " + plan.preview.unchanged() + " unchanged; effective "
            + effective + (absentHaveLeft ? "; people not in the file have left" : "")));
        return result;
    }

    /** A change to an existing person, applied after the new people are written. */
    private record Change(int row, String column, Writer writer) {
        void apply() {
            writer.write();
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write();
    }

    private record Plan(ImportPreview preview, List<StaffRow> creates, List<Change> changes) {
    }

    private Plan plan(byte[] file, String fileName, LocalDate effective, boolean absentHaveLeft) {
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
            changes.add(new Change(row.row(), moves ? StaffRows.CENTRE.heading() : StaffRows.NAME.heading(), () -> {
                Person stored = people.findById(personId).orElseThrow();
                stored.setFullName(row.name());
                if (moves) {
                    workplaces.changeWorkplaces(personId, wanted, row.job(), effective);
                } else {
                    stored.setJobRole(row.job());
                }
            }));
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
                long personId = person.getId();
                changes.add(new Change(0, null, () -> workplaces.endEmployment(personId, effective)));
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
