package org.centrecpd.journal.ui;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Set;
import org.centrecpd.journal.JournalPeople;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.Saved;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The server's side of the browser's offline copy (the browser side runs in JournalJourneyBrowserIT):
 * a copy newer than the saved entry and different from it is offered back and, put back, saved;
 * an older or identical copy is not offered.
 */
@CentreTest
class EntryBackupTest extends ViewTest {

    @Autowired
    JournalService journal;
    @Autowired
    JournalQueries queries;
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

    JournalPeople fixture;
    Saved saved;

    @BeforeEach
    void entry() {
        fixture = new JournalPeople(people, workplaces, accounts, users, jdbc);
        JournalPeople.Made author = fixture.make("Backup Author", JobRole.OUTREACH_WORKER, "Ashbrook Children's Centre");
        fixture.signInAs(author.email());
        saved = journal.save(new EntryDraft(null, 0, "Bus stop", ReflectiveModel.FREE, "Saved text.", Map.of(), Set.of(),
            Set.of(), null, false, null));
    }

    @AfterEach
    void removePeople() {
        fixture.removeAll();
    }

    private static String copy(long at, String title, String body) {
        return "{\"at\":" + at + ",\"fields\":{\"entry-title\":\"" + title + "\",\"section-body\":\"" + body + "\"}}";
    }

    /** The offer, found whether shown or hidden. */
    private Div offer() {
        return (Div) $(EntryEditor.class).single().getChildren().filter(c -> c.getId().orElse("").equals("backup-offer"))
            .findFirst().orElseThrow();
    }

    private EntryEditor editor() {
        navigate("journal/write/" + saved.id(), EntryEditor.class);
        return $(EntryEditor.class).single();
    }

    @Test
    void aNewerDifferentCopyIsOfferedAndPutBackIsSaved() {
        EntryEditor editor = editor();
        assertThat(offer().isVisible()).isFalse();
        editor.backupFound(copy(System.currentTimeMillis() + 60_000, "Bus stop", "Saved text. And more typed offline."));
        assertThat(offer().isVisible()).isTrue();
        assertThat(offer().getElement().getTextRecursively()).contains("never reached the server");
        assertThat($(TextArea.class).id("section-body").getValue()).isEqualTo("Saved text.");

        test($(Button.class).id("restore-backup")).click();
        assertThat($(TextArea.class).id("section-body").getValue()).isEqualTo("Saved text. And more typed offline.");
        assertThat(queries.entry(saved.id()).body()).isEqualTo("Saved text. And more typed offline.");
        assertThat(offer().isVisible()).isFalse();
    }

    @Test
    void anOlderOrIdenticalCopyIsNotOffered() {
        EntryEditor editor = editor();
        editor.backupFound(copy(1_000, "Bus stop", "Something older."));
        assertThat(offer().isVisible()).isFalse();
        editor.backupFound(copy(System.currentTimeMillis() + 60_000, "Bus stop", "Saved text."));
        assertThat(offer().isVisible()).isFalse();
        editor.backupFound("not json at all");
        assertThat(offer().isVisible()).isFalse();
        assertThat(queries.entry(saved.id()).body()).isEqualTo("Saved text.");
    }

    @Test
    void theKeyIsPerSignInAndEntry() {
        assertThat(journal.backupKey(saved.id())).endsWith("." + saved.id()).startsWith("centrecpd.journal.");
        assertThat(journal.backupKey(null)).endsWith(".new");
        String mine = journal.backupKey(saved.id());
        fixture.signInAs(org.centrecpd.demo.DemoLogins.PRACTITIONER);
        assertThat(journal.backupKey(saved.id())).isNotEqualTo(mine);
    }
}
