package org.centrecpd.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.ui.CentresView;
import org.centrecpd.organisation.ui.PeopleView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Admin screens: database filtering, validation messages, refused duplicates, recommissioning. */
@SpringBootTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class AdminScreensTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    org.centrecpd.organisation.service.PeopleService people;

    @Test
    void centresAreFilteredAndShowTodaysProvider() {
        navigate(CentresView.class);
        Grid<?> grid = $(Grid.class).id("centres-grid");
        assertThat(test(grid).size()).isEqualTo(135);
        test($(TextField.class).first()).setValue("fenbrook");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Fenbrook Children's Centre");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Little Steps Charity");
    }

    @Test
    void aDuplicateE_mailIsRefusedWithAClearMessage() {
        navigate(PeopleView.class);
        Grid<?> grid = $(Grid.class).id("people-grid");
        test($(TextField.class).first()).setValue("Amara Osei");
        test(grid).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        test($(EmailField.class, dialog).single()).setValue(DemoLogins.MANAGER);
        test($(Button.class, dialog).withText("Save").single()).click();
        assertThat(test($(Notification.class).last()).getText())
            .isEqualTo(DemoLogins.MANAGER + " is already used by someone else");
        assertThat($(Dialog.class).all()).hasSize(1); // still open: nothing typed is lost
    }

    @Test
    void anEmptyNameIsRefusedByTheForm() {
        navigate(PeopleView.class);
        test($(Button.class).withText("New person").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Save").single()).click();
        TextField name = $(TextField.class, dialog).first();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the person’s full name");
    }

    @Test
    @Transactional
    void recommissioningFromTheCentreDialogAddsToTheHistory() {
        navigate(CentresView.class);
        test($(TextField.class).first()).setValue("Ashbrook");
        test($(Grid.class).id("centres-grid")).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Object> provider = $(ComboBox.class, dialog).withCaption("Provider (lead agency)").single();
        test(provider).selectItem("Harbour Family Centres");
        test($(DatePicker.class, dialog).single()).setValue(LocalDate.now().plusMonths(1));
        test($(Button.class, dialog).withText("Recommission").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ashbrook Children's Centre is recommissioned from");

        test($(Grid.class).id("centres-grid")).clickRow(0);
        Grid<?> history = $(Grid.class, $(Dialog.class).last()).first();
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 0)).isEqualTo("Harbour Family Centres");
        assertThat(test(history).getCellText(0, 2)).isEqualTo(
            org.centrecpd.base.ui.Dates.day(LocalDate.now().plusMonths(1), java.util.Locale.UK));
        assertThat(test(history).getCellText(0, 2)).matches("\\d{1,2} [A-Z][a-z]{2,4} \\d{4}"); // e.g. 24 Dec 2026, not ISO
    }

    @Test
    @Transactional
    void anAdminGivesAPersonASignInWithAFirstPasswordOfSensibleLength() {
        navigate(PeopleView.class);
        test($(TextField.class).first()).setValue("@staff.example");
        test($(Grid.class).id("people-grid")).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        var password = $(com.vaadin.flow.component.textfield.PasswordField.class, dialog).single();
        test(password).setValue("short");
        test($(Button.class, dialog).withText("Give a sign-in").single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The first password must have at least 12 characters");

        test(password).setValue("a long first password");
        test($(Button.class, dialog).withText("Give a sign-in").single()).click();
        assertThat(test($(Notification.class).last()).getText()).endsWith("can now sign in");
        test($(Grid.class).id("people-grid")).clickRow(0);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, $(Dialog.class).last()).all())
            .extracting(com.vaadin.flow.component.html.Paragraph::getText).contains("Signs in as: Practitioner");
    }

    @Test
    @Transactional
    void aPartnersRemitIsShownAndCanGrow() {
        navigate(PeopleView.class);
        test($(TextField.class).first()).setValue("Helen Marsh");
        test($(Grid.class).id("people-grid")).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        Grid<?> remit = $(Grid.class, dialog).id("remit");
        assertThat(test(remit).size()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        ComboBox<Object> authority = $(ComboBox.class, dialog).withCaption("Local authority").single();
        test(authority).selectItem("Southdown County Council");
        $(DatePicker.class, dialog).all().getLast().setValue(LocalDate.now().plusDays(1));
        test($(Button.class, dialog).withText("Add to remit").single()).click();
        assertThat(test(remit).size()).isEqualTo(4);
        assertThat(test(remit).getCellText(0, 0)).isEqualTo("Southdown County Council");
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndTheFormKeepsWhatWasTyped() {
        navigate(PeopleView.class);
        test($(TextField.class).first()).setValue("Priya Natarajan");
        test($(Grid.class).id("people-grid")).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        TextField name = $(TextField.class, dialog).first();

        // Meanwhile another admin renames her and saves first.
        long id = jdbc.queryForObject("select id from person where email = ?", Long.class, DemoLogins.OTHER_MANAGER);
        var other = people.load(id);
        other.setFullName("Priya Natarajan-Hall");
        people.save(other);

        test(name).setValue("Priya N. Natarajan");
        test($(Button.class, dialog).withText("Save").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else saved this record while you were editing it.");
        assertThat(name.getValue()).isEqualTo("Priya N. Natarajan");
        assertThat(people.load(id).getFullName()).isEqualTo("Priya Natarajan-Hall");

        var restore = people.load(id);
        restore.setFullName("Priya Natarajan");
        people.save(restore);
    }
}
