package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalExport;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.SupervisionService;
import org.centrecpd.privacy.service.SubjectAccess;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The privacy notice promises that nobody but the author and the line manager they share with reads a journal, not
 * admins: every way to an entry's words refuses an admin (the entry, the shared entry, the staff's shared list,
 * the export, a copy of the author's data), while the author and their manager still read it.
 */
@CentreTest
class JournalStaysPrivateTest {

    @Autowired
    JournalQueries journal;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JournalExport export;
    @Autowired
    SubjectAccess subjectAccess;
    @Autowired
    JdbcTemplate jdbc;

    PrivacyPeople people;
    long adasEntry;

    @BeforeEach
    void people() {
        people = new PrivacyPeople(jdbc);
        adasEntry = jdbc.queryForObject("select id from journal_entry where person_id = ?", Long.class, people.ada.personId());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminCannotReadAJournalEntryOnAnyPath() throws Exception {
        Fixture.signIn(people.ada);
        assertThat(journal.entry(adasEntry).body()).contains("hard day with the Parkers");
        var request = subjectAccess.requestMine();
        Fixture.signIn(people.manager);
        assertThat(supervision.open(adasEntry).body()).as("the manager it is shared with").contains("hard day");

        Fixture.signIn(people.admin);
        assertThatThrownBy(() -> journal.entry(adasEntry)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supervision.open(adasEntry)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> supervision.sharedBy(people.ada.personId())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> supervision.notes(people.ada.personId())).isInstanceOf(RuntimeException.class);
        String exported = export.markdown(EntryFilter.all(), Locale.UK);
        assertThat(exported).doesNotContain("Parkers");
        String copy = SubjectAccessTest.all(SubjectAccessTest.unzip(subjectAccess.copy(request.id()).zip()), "");
        assertThat(copy).contains("Ada Private").doesNotContain("Parkers", "Ada section", "Feedback for Ada", "Supervision of Ada");
        String pdf = SubjectAccessTest.pdfText(SubjectAccessTest.unzip(subjectAccess.copy(request.id()).zip()).get("summary.pdf"));
        assertThat(pdf.replaceAll("\\s+", " ")).doesNotContain("Parkers");
    }
}
