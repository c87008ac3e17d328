package org.centrecpd.journal;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalExport;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.JournalSharing;
import org.centrecpd.journal.service.SupervisionService;
import org.centrecpd.journal.ui.SupervisionView;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.security.AccountService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The SQL the journal's export and the supervision page issue does not grow with the number of
 * entries: the same statements for 3 entries as for 15 (a statement per entry, or per entry and
 * collection, would show at once).
 */
@CentreTest
class JournalQueryCountTest extends ViewTest {

    @Autowired
    JournalService journal;
    @Autowired
    JournalSharing sharing;
    @Autowired
    JournalExport export;
    @Autowired
    SupervisionService supervision;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EntityManagerFactory emf;

    JournalPeople fixture;
    long daniel;
    Statistics stats;

    @BeforeEach
    void setUp() {
        fixture = new JournalPeople(people, workplaces, accounts, users, jdbc);
        daniel = fixture.personId(DemoLogins.MANAGER);
        stats = emf.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void removePeople() {
        fixture.removeAll();
    }

    /** A member of Daniel's staff with {@code n} finished Gibbs entries (tags, areas, sections), all shared with Daniel, with his feedback and a read. */
    private JournalPeople.Made authorWith(int n) {
        JournalPeople.Made author = fixture.make("Counted Author " + n, JobRole.FAMILY_SUPPORT_WORKER, JournalServiceTest.ASHBROOK);
        fixture.signInAs(author.email());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(journal.finish(new EntryDraft(null, 0, "Entry " + i, ReflectiveModel.GIBBS, null,
                Map.of("description", "What happened " + i, "feelings", "How it felt " + i),
                Set.of("tag-" + i, "supervision"), Set.of("engaging-parents"), 30, true, null)).id());
        }
        sharing.share(ids, daniel);
        fixture.signInAs(DemoLogins.MANAGER);
        for (long id : ids) {
            supervision.open(id);
            supervision.giveFeedback(id, "Thank you for " + id);
        }
        supervision.addNote(author.id(), LocalDate.now(clock), "Met.", "Carry on.");
        return author;
    }

    private long statements(Runnable action) {
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }

    @Test
    void exportingAJournalTakesTheSameStatementsForThreeEntriesAsForFifteen() {
        JournalPeople.Made few = authorWith(3);
        JournalPeople.Made many = authorWith(15);

        fixture.signInAs(few.email());
        assertThat(export.markdown(EntryFilter.all(), Locale.UK)).contains("Entry 2");
        // The first PDF of a JVM reads what is then kept for every later one (3 statements more in a CI run where no
        // other test had made a PDF before): counted once, not per entry, so it is left out of the comparison.
        export.pdf(EntryFilter.all(), Locale.UK);
        long fewPdf = statements(() -> export.pdf(EntryFilter.all(), Locale.UK));
        long fewMarkdown = statements(() -> export.markdown(EntryFilter.all(), Locale.UK));
        fixture.signInAs(many.email());
        assertThat(export.markdown(EntryFilter.all(), Locale.UK)).contains("Entry 14", "Thank you for");
        long manyPdf = statements(() -> export.pdf(EntryFilter.all(), Locale.UK));
        long manyMarkdown = statements(() -> export.markdown(EntryFilter.all(), Locale.UK));

        System.out.printf("Journal export: PDF %d statements for 3 entries, %d for 15; Markdown %d and %d%n",
            fewPdf, manyPdf, fewMarkdown, manyMarkdown);
        assertThat(manyPdf).isEqualTo(fewPdf).isLessThanOrEqualTo(10);
        assertThat(manyMarkdown).isEqualTo(fewMarkdown).isLessThanOrEqualTo(10);
    }

    @Test
    void theSupervisionPageTakesTheSameStatementsForThreeSharedEntriesAsForFifteen() {
        JournalPeople.Made few = authorWith(3);
        JournalPeople.Made many = authorWith(15);
        fixture.signInAs(DemoLogins.MANAGER);

        long fewPage = statements(() -> navigate("supervision/" + few.id(), SupervisionView.class));
        assertThat($(SupervisionView.class).single().getElement().getOuterHTML()).contains("Entry 2").doesNotContain("Entry 3<");
        long manyPage = statements(() -> navigate("supervision/" + many.id(), SupervisionView.class));
        assertThat($(SupervisionView.class).single().getElement().getOuterHTML()).contains("Entry 14");

        System.out.printf("Supervision page: %d statements with 3 shared entries, %d with 15%n", fewPage, manyPage);
        assertThat(manyPage).isEqualTo(fewPage).isLessThanOrEqualTo(20);
    }
}
