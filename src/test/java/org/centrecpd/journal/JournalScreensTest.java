package org.centrecpd.journal;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.JournalSharing;
import org.centrecpd.journal.service.Saved;
import org.centrecpd.journal.service.UnitLink;
import org.centrecpd.journal.ui.EntryEditor;
import org.centrecpd.journal.ui.EntryView;
import org.centrecpd.journal.ui.JournalView;
import org.centrecpd.journal.ui.SharedEntryView;
import org.centrecpd.journal.ui.SupervisionView;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The journal's screens: writing with autosave, a stale tab, reading, deleting, and "not found" for everyone else. */
@CentreTest
class JournalScreensTest extends ViewTest {

    @Autowired
    JournalService journal;
    @Autowired
    JournalQueries queries;
    @Autowired
    JournalSharing sharing;
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
    JournalPeople.Made author;

    @BeforeEach
    void author() {
        fixture = new JournalPeople(people, workplaces, accounts, users, jdbc);
        author = fixture.make("Screen Author", JobRole.OUTREACH_WORKER, JournalServiceTest.ASHBROOK);
        fixture.signInAs(author.email());
    }

    private long finished(String title, String body) {
        return journal.finish(new EntryDraft(null, 0, title, ReflectiveModel.FREE, body, Map.of(), Set.of(), Set.of(),
            null, false, null)).id();
    }

    private String status() {
        return $(Span.class).id("save-status").getText();
    }

    @AfterEach
    void removePeople() {
        fixture.removeAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGibbsEntrySavesAsITypeAndIsOfferedBackAsADraft() {
        navigate("journal/write", EntryEditor.class);
        test($(TextField.class).id("entry-title")).setValue("Baby massage group");
        test((RadioButtonGroup<ReflectiveModel>) $(RadioButtonGroup.class).id("entry-model")).selectItem("Gibbs’ reflective cycle");
        assertThat($(TextArea.class).id("section-feelings").getHelperText()).startsWith("What were you thinking and feeling");
        test($(TextArea.class).id("section-description")).setValue("Six parents came; one **dad**.");
        assertThat(status()).startsWith("Saved at");

        navigate(JournalView.class);
        assertThat($(H2.class).id("drafts-heading").getText()).isEqualTo("Unfinished entries");
        long id = queries.myDrafts().getFirst().id();
        navigate("journal/write/" + id, EntryEditor.class);
        assertThat($(TextArea.class).id("section-description").getValue()).isEqualTo("Six parents came; one **dad**.");
        test($(Button.class).id("finish-entry")).click();

        // Finished: shown with its structure and the Markdown rendered (sanitised).
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Baby massage group");
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Description", "Feelings", "Action plan");
        assertThat($(EntryView.class).single().getElement().getOuterHTML()).contains("<strong>dad</strong>");
        assertThat(queries.myDrafts()).isEmpty();
    }

    @Test
    void finishingAnEmptyEntrySaysWhatIsMissingAndSavesNothing() {
        navigate("journal/write", EntryEditor.class);
        test($(Button.class).id("finish-entry")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Write something before finishing the entry.");
        assertThat(queries.countMine(EntryFilter.all())).isZero();
        assertThat($(EntryEditor.class).all()).hasSize(1);
    }

    @Test
    void aSecondTabIsToldItsCopyIsStaleAndKeepsItsText() {
        Saved first = journal.save(new EntryDraft(null, 0, "Two tabs", ReflectiveModel.FREE, "Start.", Map.of(), Set.of(),
            Set.of(), null, false, null));
        navigate("journal/write/" + first.id(), EntryEditor.class);
        // Another tab saves the same entry meanwhile.
        journal.save(new EntryDraft(first.id(), first.version(), "Two tabs", ReflectiveModel.FREE, "From the other tab.",
            Map.of(), Set.of(), Set.of(), null, false, null));

        test($(TextArea.class).id("section-body")).setValue("Typed in this tab.");

        assertThat(status()).startsWith("This entry was saved from another tab");
        assertThat($(TextArea.class).id("section-body").getValue()).isEqualTo("Typed in this tab.");
        assertThat(queries.entry(first.id()).body()).isEqualTo("From the other tab.");
        test($(TextArea.class).id("section-body")).setValue("Typed in this tab, and more.");
        assertThat(queries.entry(first.id()).body()).isEqualTo("From the other tab.");
    }

    @Test
    void myJournalListsAndSearchesMyEntries() {
        finished("Outreach at the food bank", "Met three families new to the area.");
        finished("Team day", "Planning the summer.");
        navigate(JournalView.class);
        Grid<?> grid = $(Grid.class).id("entries");
        assertThat(test(grid).size()).isEqualTo(2);
        test($(TextField.class).id("journal-search")).setValue("food bank");
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void deletingAsksFirstThenRemovesTheEntryForGood() {
        long id = finished("To remove", "Soon gone.");
        navigate("journal/" + id, EntryView.class);
        test($(Button.class).id("delete-entry")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(queries.countMine(EntryFilter.all())).isEqualTo(1);
        test(confirm).confirm();
        assertThat(queries.mine(EntryFilter.all(), Pageable.ofSize(5))).isEmpty();
    }

    @Test
    void anotherPersonsEntryIsPageNotFoundForEveryoneElse() {
        long id = finished("Private", "Mine.");
        for (String other : List.of(DemoLogins.PRACTITIONER, DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER,
            DemoLogins.ADMIN)) {
            fixture.signInAs(other);
            for (String url : List.of("journal/" + id, "journal/write/" + id, "supervision/entries/" + id,
                "supervision/" + author.id())) {
                if (other.equals(DemoLogins.MANAGER) && url.equals("supervision/" + author.id())) {
                    continue; // the author's own manager: below
                }
                UI.getCurrent().navigate(url);
                assertThat(UI.getCurrent().getInternals().getTitle()).as(other + " on " + url).isEqualTo("Page not found");
            }
        }
        // The own manager before anything is shared: the member of staff's page, with nothing on it.
        fixture.signInAs(DemoLogins.MANAGER);
        navigate("supervision/" + author.id(), SupervisionView.class);
        assertThat($(SupervisionView.class).single().getElement().getOuterHTML())
            .contains("No entries shared with you.").doesNotContain("Private").doesNotContain("Mine.");
    }

    @Test
    void meetingNotesWrittenByTheManagerAreShownInTheAuthorsJournal() {
        long shared = finished("For our meeting", "Caseload worries.");
        sharing.share(List.of(shared), fixture.personId(DemoLogins.MANAGER));

        fixture.signInAs(DemoLogins.MANAGER);
        navigate("supervision/" + author.id(), SupervisionView.class);
        test($(TextArea.class).id("note-text")).setValue("Went through the caseload together.");
        test($(TextArea.class).id("note-actions")).setValue("Move two families to the outreach team.");
        test($(Button.class).id("save-note")).click();

        fixture.signInAs(author.email());
        navigate(JournalView.class);
        String notes = $(com.vaadin.flow.component.html.Section.class).id("my-supervision-notes").getElement().getOuterHTML();
        assertThat(notes).contains("Daniel Whitcombe", "Went through the caseload together.",
            "Move two families to the outreach team.");
    }

    @Test
    void unsharingWhileTheManagerHasTheEntryOpenStopsTheirFeedback() {
        long id = finished("Open elsewhere", "Text.");
        long daniel = fixture.personId(DemoLogins.MANAGER);
        sharing.share(List.of(id), daniel);
        fixture.signInAs(DemoLogins.MANAGER);
        navigate("supervision/entries/" + id, SharedEntryView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).id("view-title").getText()).isEqualTo("Open elsewhere");

        fixture.signInAs(author.email());
        sharing.unshare(id, daniel);
        fixture.signInAs(DemoLogins.MANAGER);
        test($(TextArea.class).id("feedback-text")).setValue("Too late?");
        test($(Button.class).id("send-feedback")).click();

        assertThat(test($(Notification.class).last()).getText())
            .isEqualTo("This entry is no longer shared with you, so your feedback was not sent.");
        assertThat(jdbc.queryForObject("select count(*) from journal_feedback where entry_id = ?", Long.class, id)).isZero();
    }

    @Test
    void eachShareTargetSaysWhyItIsOffered() {
        long id = finished("Who is Daniel?", "Text.");
        long daniel = fixture.personId(DemoLogins.MANAGER);

        navigate("journal/" + id, EntryView.class);

        assertThat($(Button.class).id("share-" + daniel).getText()).isEqualTo("Share with Daniel Whitcombe");
        assertThat($(Span.class).id("share-why-" + daniel).getText())
            .isEqualTo("your line manager: centre manager at Ashbrook Children's Centre");
        assertThat($(Button.class).id("share-" + daniel).getElement().getAttribute("aria-describedby")).isEqualTo("share-why-" + daniel);
    }

    @Test
    void sendingFeedbackConfirmsItAndStaysOnTheEntry() {
        long id = finished("Stay here", "Text.");
        sharing.share(List.of(id), fixture.personId(DemoLogins.MANAGER));
        fixture.signInAs(DemoLogins.MANAGER);
        navigate("supervision/entries/" + id, SharedEntryView.class);

        test($(TextArea.class).id("feedback-text")).setValue("Well observed.");
        test($(Button.class).id("send-feedback")).click();

        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView()).isInstanceOf(SharedEntryView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).id("view-title").getText()).isEqualTo("Stay here");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("feedback-sent").getText())
            .isEqualTo("Feedback sent: Screen Author reads it with the entry.");
        assertThat($(com.vaadin.flow.component.html.Section.class).id("feedback").getElement().getOuterHTML()).contains("Well observed.");
        assertThat($(TextArea.class).id("feedback-text").getValue()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Feedback sent.");
        assertThat(jdbc.queryForObject("select count(*) from journal_feedback where entry_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void theOwnManagerSeesOnlyWhatIsShared() {
        long shared = finished("Shared", "For supervision.");
        finished("Private", "Not for anyone.");
        long daniel = fixture.personId(DemoLogins.MANAGER);
        sharing.share(List.of(shared), daniel);

        fixture.signInAs(DemoLogins.MANAGER);
        navigate("supervision/" + author.id(), SupervisionView.class);
        String page = $(SupervisionView.class).single().getElement().getOuterHTML();
        assertThat(page).contains("Shared").doesNotContain("Private").doesNotContain("Not for anyone");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnitBoxFindsAnyUnitOfAPublishedCourseByTypingPartOfItsTitle() {
        navigate("journal/write", EntryEditor.class);
        test($(TextField.class).id("entry-title")).setValue("After the TUPE briefing");
        ComboBox<UnitLink> unit = $(ComboBox.class).id("entry-unit");
        test(unit).setFilter("tupe");
        assertThat(test(unit).getSuggestions()).containsExactly("Managing change: Transfer of staff: TUPE in plain terms");
        test(unit).selectItem("Managing change: Transfer of staff: TUPE in plain terms");
        assertThat(status()).startsWith("Saved at");
        long id = queries.myDrafts().getFirst().id();
        assertThat(queries.entry(id).link().unitTitle()).isEqualTo("Transfer of staff: TUPE in plain terms");

        navigate("journal/write/" + id, EntryEditor.class);
        assertThat(((ComboBox<UnitLink>) $(ComboBox.class).id("entry-unit")).getValue().courseTitle()).isEqualTo("Managing change");
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void theSupervisionPageAndItsMenuItemAreForWhoeverLineManagesSomeoneTodayByJob() {
        long id = finished("For supervision", "Text.");
        JournalPeople.Made promoted = fixture.make("Newly Promoted", JobRole.EARLY_YEARS_PRACTITIONER, JournalServiceTest.ASHBROOK);
        fixture.move(promoted.id(), JournalServiceTest.ASHBROOK, JobRole.CENTRE_MANAGER);
        JournalPeople.Made steppedDown = fixture.make("Stepped Down", JobRole.CENTRE_MANAGER, JournalServiceTest.ASHBROOK);
        fixture.move(steppedDown.id(), JournalServiceTest.ASHBROOK, JobRole.FAMILY_SUPPORT_WORKER);
        fixture.signInAs(author.email());
        sharing.share(List.of(id), promoted.id());

        // Signed in as a practitioner, a centre manager by job: the menu item, the page and the shared entry.
        fixture.signInAs(promoted.email());
        navigate(JournalView.class);
        assertThat(menu()).contains("Supervision");
        navigate("supervision/" + author.id(), SupervisionView.class);
        assertThat($(SupervisionView.class).single().getElement().getOuterHTML()).contains("For supervision");
        navigate("supervision/entries/" + id, SharedEntryView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("For supervision");

        // Signed in as a centre manager who manages nobody today, and everyone else who manages nobody: no menu item, no page.
        for (String nobodysManager : List.of(steppedDown.email(), DemoLogins.PRACTITIONER, DemoLogins.PARTNER, DemoLogins.ADMIN)) {
            fixture.signInAs(nobodysManager);
            navigate(JournalView.class);
            assertThat(menu()).as(nobodysManager).doesNotContain("Supervision");
            navigate(org.centrecpd.home.HomeView.class);
            assertThat($(com.vaadin.flow.component.html.ListItem.class).all()).as(nobodysManager + "'s home cards")
                .noneMatch(card -> card.getId().orElse("").equals("card-shared"));
            for (String url : List.of("supervision", "supervision/" + author.id(), "supervision/entries/" + id)) {
                UI.getCurrent().navigate(url);
                assertThat(UI.getCurrent().getInternals().getTitle()).as(nobodysManager + " on " + url).isEqualTo("Page not found");
            }
        }
        fixture.signInAs(DemoLogins.MANAGER);
        navigate(JournalView.class);
        assertThat(menu()).contains("Supervision");
    }
}
