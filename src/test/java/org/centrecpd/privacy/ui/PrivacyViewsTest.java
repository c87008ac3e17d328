package org.centrecpd.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.privacy.PrivacyPeople;
import org.centrecpd.privacy.service.PrivacyRegister;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.ViewTest;
import org.centrecpd.training.ui.CpdRecordView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The privacy pages as each role meets them: a practitioner asks for their copy from their CPD record and downloads
 * it, and has no admin privacy page; an admin erases a leaver after the preview; anyone reads the privacy notice.
 */
@CentreTest
class PrivacyViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleOnRecord records;
    @Autowired
    PrivacyRegister register;

    PrivacyPeople people;

    @BeforeEach
    void people() {
        people = new PrivacyPeople(jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPractitionerAsksForTheirCopyFromTheirCpdRecordAndHasNoAdminPage() {
        Fixture.signIn(people.ada);
        navigate(CpdRecordView.class);
        assertThat($(Anchor.class).id("my-data-link").getHref()).isEqualTo("privacy/my-data");
        navigate(MyDataView.class);
        assertThat(test($(Grid.class).id("my-requests")).size()).isZero();
        test($(Button.class).id("ask-for-copy")).click();
        assertThat(test($(Grid.class).id("my-requests")).size()).isEqualTo(1);
        assertThat(test($(Grid.class).id("my-requests")).getCellComponent(0, 3)).isInstanceOfSatisfying(Anchor.class,
            a -> assertThat(a.getText()).isEqualTo("Download the ZIP"));
        assertThatThrownBy(() -> navigate(PrivacyAdminView.class)).isInstanceOf(Exception.class);
    }

    @Test
    void anAdminErasesALeaverAfterReviewingThePreview() {
        people.leaves(people.ben, LocalDate.now().minusMonths(2));
        Fixture.signIn(people.admin);
        navigate(PrivacyAdminView.class);
        $(com.vaadin.flow.component.details.Details.class).id("section-erasure").setOpened(true);
        @SuppressWarnings("unchecked")
        ComboBox<PeopleOnRecord.OnRecord> person = $(ComboBox.class).id("erase-person");
        person.setValue(records.find(people.ben.personId()).orElseThrow());
        assertThat($(Button.class).id("erase-confirm").isEnabled()).as("not before the preview").isFalse();
        test($(Button.class).id("erase-preview-button")).click();
        Grid<?> preview = $(Grid.class).id("erase-preview");
        assertThat(preview.isVisible()).isTrue();
        assertThat(test(preview).size()).isEqualTo(register.kinds().size());
        $(TextField.class).id("erase-verified").setValue("Letter signed by Ben, checked by HR");
        test($(Button.class).id("erase-confirm")).click();
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where person_id = ?", Long.class, people.ben.personId()))
            .as("asked first").isEqualTo(1);
        test($(ConfirmDialog.class).id("erase-dialog")).confirm();
        assertThat(jdbc.queryForObject("select count(*) from journal_entry where person_id = ?", Long.class, people.ben.personId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from course_completion where person_id = ?", Long.class, people.ben.personId()))
            .isEqualTo(1);
    }

    @Test
    void anAdminWhoForgetsToChooseThePersonIsToldOnTheFieldAndNothingHappens() {
        Fixture.signIn(people.admin);
        navigate(PrivacyAdminView.class);
        int before = test($(Grid.class).id("privacy-requests")).size();
        test($(Button.class).id("raise-request")).click();
        ComboBox<?> raiseFor = $(ComboBox.class).id("raise-person");
        assertThat(raiseFor.isInvalid()).isTrue();
        assertThat(raiseFor.getErrorMessage()).isEqualTo("Choose a person first.");
        assertThat(test($(Grid.class).id("privacy-requests")).size()).as("no request raised").isEqualTo(before);

        $(com.vaadin.flow.component.details.Details.class).id("section-erasure").setOpened(true);
        test($(Button.class).id("erase-preview-button")).click();
        assertThat($(ComboBox.class).id("erase-person").isInvalid()).isTrue();
        assertThat($(Grid.class).withId("erase-preview").all()).as("no preview shown without a person").isEmpty();
    }

    @Test
    void anyoneReadsThePrivacyNoticeWithTheRegisterAndWhoReadsAJournal() {
        SecurityContextHolder.clearContext();
        navigate(PrivacyNoticeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Privacy notice");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("privacy-contacts").getElement().getTextRecursively())
            .contains("Eastmoor County Council: the data controller is Eastmoor County Council. Data protection officer: dpo@eastmoor.example");
        assertThat(test($(Grid.class).id("privacy-register")).size()).isEqualTo(register.kinds().size());
        assertThat(test($(Grid.class).id("privacy-register")).getCellText(0, 0)).isNotBlank();
    }
}
