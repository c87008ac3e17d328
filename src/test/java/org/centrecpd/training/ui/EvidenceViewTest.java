package org.centrecpd.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.ReflectionChoice;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.ViewTest;
import org.centrecpd.training.domain.EvidenceRow;
import org.centrecpd.training.service.EvidenceForm;
import org.centrecpd.training.service.EvidenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence page without a browser: the reflection picker offers the practitioner's own journal entries only, the
 * one chosen is linked to the evidence, and unverified evidence can be deleted from the list after a confirmation.
 */
@CentreTest
class EvidenceViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JournalService journal;
    @Autowired
    org.centrecpd.support.TestClock clock;
    @Autowired
    EvidenceService evidence;

    @Test
    @Transactional
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theReflectionPickerOffersOnlyMyOwnEntriesAndLinksTheOneChosen() throws Exception {
        String word = "Wombat" + System.nanoTime();
        long mine = entry(word + " mine");
        Fixture f = new Fixture(jdbc);
        Fixture.Login colleague = f.login("Gil Colleague", Role.PRACTITIONER, f.centre("Fig"), JobRole.FAMILY_SUPPORT_WORKER);
        long theirs = Fixture.as(colleague, () -> entry(word + " someone else's"));

        navigate(EvidenceView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ReflectionChoice> reflection = $(ComboBox.class).id("evidence-reflection");
        test(reflection).setFilter(word);
        assertThat(test(reflection).getSuggestionItems()).extracting(ReflectionChoice::id).containsExactly(mine).doesNotContain(theirs);
        reflection.setValue(test(reflection).getSuggestionItems().getFirst());

        String title = "Picker check " + word;
        $(TextField.class).id("evidence-title").setValue(title);
        $(TextField.class).id("evidence-provider").setValue("Local partnership");
        $(DatePicker.class).id("evidence-date").setValue(LocalDate.now(clock).minusDays(1));
        $(BigDecimalField.class).id("evidence-hours").setValue(new BigDecimal("2"));
        test($(Button.class).id("evidence-save")).click();
        long id = jdbc.queryForObject("select id from external_evidence where title = ?", Long.class, title);
        assertThat(jdbc.queryForObject("select journal_entry_id from external_evidence where id = ?", Long.class, id)).isEqualTo(mine);

        // Unverified evidence has a Delete button in its row (the grid's last column), behind a confirmation.
        @SuppressWarnings("unchecked")
        Grid<EvidenceRow> mineGrid = $(Grid.class).id("evidence-mine");
        var rows = test(mineGrid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == id).findFirst().orElseThrow();
        Button delete = (Button) ((HorizontalLayout) rows.getCellComponent(row, 6)).getChildren()
            .filter(c -> c.getId().orElse("").equals("evidence-delete-" + id)).findFirst().orElseThrow();
        test(delete).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(jdbc.queryForObject("select count(*) from external_evidence where id = ?", Long.class, id)).isZero();
    }

    @Test
    void aLineManagerVerifiesTheirStaffsEvidenceFromThePageAndTheListEmpties() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Elm");
        Fixture.Login manager = f.login("Ed Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login worker = f.login("Wren Worker", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);
        String title = "Review check " + System.nanoTime();
        long id = Fixture.as(worker, () -> evidence.record(new EvidenceForm(title, "Local partnership", LocalDate.now(clock).minusDays(2),
            new BigDecimal("3"), Set.of(CorePurposeArea.TARGETED_SUPPORT), null, null)));
        Fixture.signIn(manager);
        try {
            navigate(EvidenceView.class);
            @SuppressWarnings("unchecked")
            Grid<EvidenceRow> waiting = $(Grid.class).id("evidence-waiting");
            var rows = test(waiting);
            assertThat(IntStream.range(0, rows.size()).mapToObj(i -> rows.getRow(i).personName())).containsExactly("Wren Worker");
            assertThat(shown(waiting)).isTrue();
            Button verify = (Button) ((HorizontalLayout) rows.getCellComponent(0, 6)).getChildren()
                .filter(c -> c.getId().orElse("").equals("evidence-verify-" + id)).findFirst().orElseThrow();
            test(verify).click();
            assertThat(jdbc.queryForObject("select status from external_evidence where id = ?", String.class, id)).isEqualTo("VERIFIED");
            assertThat(shown(waiting)).as("nothing left to review: the list hides").isFalse();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** Visible, and so is everything around it. */
    private static boolean shown(com.vaadin.flow.component.Component c) {
        return c.isVisible() && c.getParent().map(EvidenceViewTest::shown).orElse(true);
    }

    private long entry(String title) {
        return journal.finish(new EntryDraft(null, 0, title, ReflectiveModel.FREE, "What I took from it.", Map.of(), Set.of(), Set.of(),
            null, false, null)).id();
    }
}
