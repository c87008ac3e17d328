package org.centrecpd.organisation.importing;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.Period;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.domain.Employment;
import org.centrecpd.organisation.domain.EmploymentRepository;
import org.centrecpd.organisation.domain.Person;
import org.centrecpd.organisation.domain.PersonRepository;
import org.centrecpd.organisation.importing.PlannedChange.Kind;
import org.centrecpd.organisation.importing.StaffRows.StaffRow;
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
 * {@link #preview} writes nothing. {@link #apply} works the plan out again ({@link StaffPlanner}) inside one transaction
 * (the database may have changed since the preview) and writes all of it or none of it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMIN_NAME)
public class StaffImport {

    private final PersonRepository people;
    private final EmploymentRepository employments;
    private final Workplaces workplaces;
    private final StaffPlanner planner;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    StaffImport(PersonRepository people, EmploymentRepository employments, Workplaces workplaces, StaffPlanner planner,
                ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.people = people;
        this.employments = employments;
        this.workplaces = workplaces;
        this.planner = planner;
        this.events = events;
    }

    /** Today, by the application's clock: the default effective date of an import. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What importing would do; nothing is written. */
    public ImportPreview preview(byte[] file, String fileName, LocalDate effective, boolean absentHaveLeft) {
        return planner.plan(file, fileName, effective, absentHaveLeft).preview();
    }

    /**
     * Imports the file in one transaction, or refuses it ({@link ImportRefused}) having written nothing.
     *
     * @param progress told how many of the rows to write are done, now and then
     */
    @Transactional
    public ImportResult apply(byte[] file, String fileName, LocalDate effective, boolean absentHaveLeft, IntConsumer progress) {
        StaffPlanner.Plan plan = planner.plan(file, fileName, effective, absentHaveLeft);
        if (!plan.preview().problems().isEmpty()) {
            throw new ImportRefused(plan.preview());
        }
        int total = plan.preview().changes().size();
        int done = 0;
        // The plan loaded every person of the file and their jobs; nothing of that is changed through those
        // copies. Let go of them, so each flush below checks only what is being written (else every move
        // would look at all 5 000 people again).
        entityManager.clear();
        List<Person> created = new ArrayList<>();
        List<Employment> jobs = new ArrayList<>();
        for (StaffRow row : plan.creates()) {
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
        for (StaffPlanner.Change change : plan.changes()) {
            try {
                write(change, effective);
            } catch (RuleViolation broken) {
                // The database no longer allows what the preview showed (or never did, e.g. an overlap
                // with a job that starts later): the whole import rolls back, and the row says why.
                List<ImportProblem> problems = List.of(new ImportProblem(change.row(), change.column(), broken.messageKey(),
                    List.of(broken.arguments())));
                throw new ImportRefused(ImportPreview.refused(fileName, effective, plan.preview().rows(), problems));
            }
            if (++done % 50 == 0) {
                progress.accept(done);
                entityManager.flush();
                entityManager.clear();
            }
        }
        progress.accept(total);
        ImportResult result = new ImportResult(plan.preview().count(Kind.CREATE), plan.preview().count(Kind.CHANGE),
            plan.preview().count(Kind.END));
        if (total > 0) {
            events.publishEvent(org.centrecpd.organisation.StaffPostsChanged.anyone(effective));
        }
        events.publishEvent(new AuditEvent(AuditAction.STAFF_IMPORTED, fileName, result.created() + " created, "
            + result.changed() + " changed, " + result.ended() + " ended, " + plan.preview().unchanged() + " unchanged; effective "
            + effective + (absentHaveLeft ? "; people not in the file have left" : "")));
        return result;
    }

    private void write(StaffPlanner.Change change, LocalDate effective) {
        switch (change) {
            case StaffPlanner.Update update -> {
                Person stored = people.findById(update.personId()).orElseThrow();
                stored.setFullName(update.name());
                if (update.moveTo() != null) {
                    workplaces.changeWorkplaces(update.personId(), update.moveTo(), update.job(), effective);
                } else {
                    stored.setJobRole(update.job());
                }
            }
            case StaffPlanner.Leave leave -> workplaces.endEmployment(leave.personId(), effective);
        }
    }
}
