package org.centrecpd.audit;

import org.centrecpd.organisation.service.Remits;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.centrecpd.audit.service.AuditFilter;
import org.centrecpd.audit.service.AuditLog;
import org.centrecpd.audit.domain.AuditRow;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalExport;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Each change that matters leaves one line in the audit log, with who did it; only admins read it. */
@CentreTest
@Transactional
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class AuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    CentreService centres;
    @Autowired
    PeopleService people;
    @Autowired
    Remits remits;
    @Autowired
    Workplaces workplaces;
    @Autowired
    StructureService structure;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private List<AuditRow> lines(AuditAction action) {
        return log.find(new AuditFilter("", action, null, null), Pageable.ofSize(50));
    }

    @Test
    void recommissioningAndRegroupingAreTwoActionsWithBeforeAndAfter() {
        var ashbrook = centres.rows("Ashbrook", Pageable.ofSize(1)).getFirst();
        var details = centres.details(ashbrook.id());
        var otherProvider = structure.providersOf(details.localAuthorityId()).stream()
            .filter(p -> !p.name().equals(ashbrook.provider())).findFirst().orElseThrow();
        var group = structure.groupsOf(details.localAuthorityId()).getLast();
        centres.recommission(ashbrook.id(), otherProvider.id(), group.id(), LocalDate.of(2026, 12, 1), "New contract");

        AuditRow line = lines(AuditAction.CENTRE_RECOMMISSIONED).getFirst();
        assertThat(line.actor()).isEqualTo(DemoLogins.ADMIN);
        assertThat(line.subject()).isEqualTo(ashbrook.name());
        assertThat(line.detail()).contains(ashbrook.provider() + " → " + otherProvider.name()).contains("2026-12-01")
            .contains("New contract");

        var sameProvider = structure.providersOf(details.localAuthorityId()).stream()
            .filter(p -> p.name().equals(otherProvider.name())).findFirst().orElseThrow();
        centres.recommission(ashbrook.id(), sameProvider.id(), null, LocalDate.of(2027, 4, 1), "Regrouped");
        AuditRow regrouped = lines(AuditAction.CENTRE_REGROUPED).getFirst();
        assertThat(regrouped.subject()).isEqualTo(ashbrook.name());
        assertThat(regrouped.detail()).startsWith(group.name() + " → no group");
    }

    @Test
    void aMoveARemitAndANewSignInAreRecorded() {
        var person = people.save(new PersonDetails(null, 0, "Audit Person", "audit.person@example.org", JobRole.IMPROVEMENT_PARTNER));
        long centre = centres.rows("Fenbrook", Pageable.ofSize(1)).getFirst().id();
        workplaces.moveTo(person.id(), centre, JobRole.IMPROVEMENT_PARTNER, LocalDate.of(2026, 1, 5));
        long authority = structure.authorityChoices().getFirst().id();
        remits.addToRemit(person.id(), authority, null, LocalDate.of(2026, 2, 1));
        accounts.grantSignIn(person.id(), person.email(), person.fullName(), Role.IMPROVEMENT_PARTNER, "a long first password");

        assertThat(lines(AuditAction.PERSON_MOVED).getFirst()).satisfies(l -> {
            assertThat(l.subject()).isEqualTo("audit.person@example.org");
            assertThat(l.detail()).contains("Fenbrook").contains("2026-01-05");
        });
        assertThat(lines(AuditAction.REMIT_CHANGED).getFirst().detail())
            .contains(structure.authorityChoices().getFirst().name()).contains("2026-02-01");
        assertThat(lines(AuditAction.ACCOUNT_CREATED).getFirst()).satisfies(l -> {
            assertThat(l.subject()).isEqualTo("audit.person@example.org");
            assertThat(l.detail()).isEqualTo("role IMPROVEMENT_PARTNER").doesNotContain("a long first password");
        });
    }

    @Test
    void filtersByPersonActionAndDayInTheDatabase() {
        var person = people.save(new PersonDetails(null, 0, "Filter Person", "filter.person@example.org", JobRole.MIDWIFE));
        long centre = centres.rows("Fenbrook", Pageable.ofSize(1)).getFirst().id();
        workplaces.moveTo(person.id(), centre, JobRole.MIDWIFE, LocalDate.of(2026, 1, 5));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        assertThat(log.find(new AuditFilter("FILTER.person", null, null, null), Pageable.ofSize(10)))
            .extracting(AuditRow::action).containsExactly(AuditAction.PERSON_MOVED);
        assertThat(log.count(new AuditFilter("filter.person", AuditAction.PERSON_MOVED, today, today))).isEqualTo(1);
        assertThat(log.count(new AuditFilter("filter.person", AuditAction.SIGN_IN, null, null))).isZero();
        assertThat(log.count(new AuditFilter("filter.person", null, today.plusDays(1), null))).isZero();
        assertThat(log.count(new AuditFilter("filter.person", null, null, today.minusDays(1)))).isZero();
        // Who did it is a "person" too.
        assertThat(log.count(new AuditFilter("admin@demo", AuditAction.PERSON_MOVED, today, today))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void exportingTheLogIsItselfAudited() {
        long before = log.count(new AuditFilter("", AuditAction.PERSONAL_DATA_EXPORTED, null, null));
        log.export(AuditFilter.everything(), "CSV");
        assertThat(log.count(new AuditFilter("", AuditAction.PERSONAL_DATA_EXPORTED, null, null))).isEqualTo(before + 1);
        assertThat(lines(AuditAction.PERSONAL_DATA_EXPORTED).getFirst()).satisfies(l -> {
            assertThat(l.subject()).isEqualTo("Audit log");
            assertThat(l.detail()).startsWith("CSV, ");
        });
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aJournalExportIsRecordedAgainstItsAuthor(@Autowired JournalExport export) {
        export.markdown(EntryFilter.all(), Locale.UK);
        String actor = jdbc.queryForObject("select actor from audit_event where action = 'PERSONAL_DATA_EXPORTED' "
            + "order by id desc fetch first 1 rows only", String.class);
        assertThat(actor).isEqualTo(DemoLogins.PRACTITIONER);
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void onlyAdminsReadOrExportTheLog() {
        assertThatThrownBy(() -> log.find(AuditFilter.everything(), Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.count(AuditFilter.everything())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.export(AuditFilter.everything(), "CSV")).isInstanceOf(AccessDeniedException.class);
    }
}
