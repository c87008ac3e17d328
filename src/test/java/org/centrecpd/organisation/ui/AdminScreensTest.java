package org.centrecpd.organisation.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
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
import org.centrecpd.organisation.service.PersonDetails;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Admin screens: database filtering, validation messages, refused duplicates, recommissioning. */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class AdminScreensTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    org.centrecpd.organisation.service.PeopleService people;

    @Test
    void centresAreFilteredAndShowTodaysProvider() {
        navigate(CentresView.class);
        Grid<?> grid = $(Grid.class).id("centres-grid");
        // Every centre, for the admin: the demo's 135 and any other tests made in this shared database.
        assertThat(test(grid).size()).isEqualTo(jdbc.queryForObject("select count(*) from centre", Integer.class))
            .isGreaterThanOrEqualTo(135);
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
        test($(Button.class, $(Dialog.class).single()).withText("Recommission…").single()).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Recommission: Ashbrook Children's Centre");
        @SuppressWarnings("unchecked")
        ComboBox<Object> provider = $(ComboBox.class, dialog).withCaption("Provider (lead agency)").single();
        test(provider).selectItem("Harbour Family Centres");
        test($(DatePicker.class, dialog).single()).setValue(LocalDate.now().plusMonths(1));
        test($(TextField.class, dialog).withCaption("Reason (e.g. new contract)").single()).setValue("New contract");
        test($(Button.class, dialog).withText("Recommission").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ashbrook Children's Centre is recommissioned from");

        test($(Grid.class).id("centres-grid")).clickRow(0);
        Grid<?> history = $(Grid.class, $(Dialog.class).last()).id("centre-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellText(0, 0)).isEqualTo("Harbour Family Centres");
        assertThat(test(history).getCellText(0, 2)).isEqualTo(
            org.centrecpd.base.ui.Dates.day(LocalDate.now().plusMonths(1), java.util.Locale.UK));
        assertThat(test(history).getCellText(0, 2)).matches("\\d{1,2} [A-Z][a-z]{2,4} \\d{4}"); // e.g. 24 Dec 2026, not ISO
        assertThat(test(history).getCellText(0, 4)).isEqualTo("New contract");
        assertThat(test(history).getCellText(1, 3)).isEqualTo(test(history).getCellText(0, 2));
    }

    @Test
    void recommissioningWithoutAProviderSaysWhatIsMissingAndKeepsTheDialogOpen() {
        navigate(CentresView.class);
        test($(TextField.class).first()).setValue("Ashbrook");
        test($(Grid.class).id("centres-grid")).clickRow(0);
        test($(Button.class, $(Dialog.class).single()).withText("Recommission…").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Recommission").single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Choose the provider that runs the centre");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @Transactional
    void anAdminInvitesAPersonInsteadOfTypingAPassword() {
        navigate(PeopleView.class);
        test($(TextField.class).first()).setValue("@staff.example");
        test($(Grid.class).id("people-grid")).clickRow(0);
        test($(Button.class, $(Dialog.class).single()).withText("Sign-in…").single()).click();
        Dialog dialog = $(Dialog.class).last();
        @SuppressWarnings("unchecked")
        ComboBox<Object> role = $(ComboBox.class, dialog).withCaption("Signs in as").single();
        assertThat(role.getValue()).as("suggested from the job role").isEqualTo(org.centrecpd.security.Role.PRACTITIONER);
        assertThat($(com.vaadin.flow.component.textfield.PasswordField.class, dialog).all()).as("nobody types a password for someone else").isEmpty();
        test($(Button.class, dialog).withText("Send an invitation").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Invitation sent to ");
        test($(Button.class, $(Dialog.class).last()).withText("Sign-in…").single()).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, $(Dialog.class).last()).all())
            .extracting(com.vaadin.flow.component.html.Paragraph::getText)
            .contains("Signs in as: Practitioner").anyMatch(t -> t.startsWith("Invited on ") && t.endsWith("no password chosen yet."));

        // The role can be changed later: a line in the audit log says from what to what (RoleChangeAuditTest).
        Dialog account = $(Dialog.class).last();
        @SuppressWarnings("unchecked")
        ComboBox<org.centrecpd.security.Role> newRole = $(ComboBox.class, account).id("account-new-role");
        newRole.setValue(org.centrecpd.security.Role.CENTRE_MANAGER);
        test($(Button.class, account).id("account-change-role")).click();
        assertThat(test($(Notification.class).last()).getText()).endsWith(" now signs in as Centre manager; their open sessions have ended");
    }

    @Test
    @Transactional
    void aPartnersRemitIsShownAndCanGrow() {
        navigate(PeopleView.class);
        test($(TextField.class).first()).setValue("Helen Marsh");
        test($(Grid.class).id("people-grid")).clickRow(0);
        test($(Button.class, $(Dialog.class).single()).withText("Oversees…").single()).click();
        Dialog dialog = $(Dialog.class).last();
        Grid<?> remit = $(Grid.class, dialog).id("remit");
        assertThat(test(remit).size()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        ComboBox<Object> authority = $(ComboBox.class, dialog).withCaption("Local authority").single();
        test(authority).selectItem("Southdown County Council");
        $(DatePicker.class, dialog).all().getLast().setValue(LocalDate.now().plusDays(1));
        test($(Button.class, dialog).withText("Add to remit").single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Saved");

        test($(Button.class, $(Dialog.class).first()).withText("Oversees…").single()).click();
        Grid<?> grown = $(Grid.class, $(Dialog.class).last()).id("remit");
        assertThat(test(grown).size()).isEqualTo(4);
        assertThat(test(grown).getCellText(0, 0)).isEqualTo("Southdown County Council");
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
        var other = people.details(id);
        people.save(new PersonDetails(other.id(), other.version(), "Priya Natarajan-Hall", other.email(), other.jobRole()));

        test(name).setValue("Priya N. Natarajan");
        test($(Button.class, dialog).withText("Save").single()).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else saved this record while you were editing it.");
        assertThat(name.getValue()).isEqualTo("Priya N. Natarajan");
        assertThat(people.details(id).fullName()).isEqualTo("Priya Natarajan-Hall");

        var restore = people.details(id);
        people.save(new PersonDetails(restore.id(), restore.version(), "Priya Natarajan", restore.email(), restore.jobRole()));
    }

    @Test
    void theStructureListsAreLinkedPagesAndTheCurrentOneIsMarked() {
        com.vaadin.flow.component.UI.getCurrent().navigate(StructureView.class,
            com.vaadin.flow.router.QueryParameters.of("part", "providers"));
        Grid<?> grid = $(Grid.class).single();
        assertThat(grid.getAriaLabel()).contains("Providers");
        assertThat(test(grid).size()).isEqualTo(jdbc.queryForObject("select count(*) from provider", Integer.class))
            .isGreaterThanOrEqualTo(12 + 8);
        var links = $(com.vaadin.flow.router.RouterLink.class).all().stream()
            .filter(l -> l.getHref().startsWith("admin/structure")).toList();
        assertThat(links).extracting(com.vaadin.flow.router.RouterLink::getText)
            .containsExactly("Local authorities", "Providers", "Centre groups");
        assertThat(links.get(1).getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(links.get(0).getElement().getAttribute("aria-current")).isNull();
        test($(TextField.class).first()).setValue("trust");
        long trusts = jdbc.queryForObject("select count(*) from provider where lower(name) like '%trust%'", Long.class);
        assertThat(trusts).isGreaterThan(1);
        assertThat(test(grid).size()).isEqualTo((int) trusts);
    }

    @Test
    void aNewProviderWithoutANameIsRefusedByTheForm() {
        com.vaadin.flow.component.UI.getCurrent().navigate(StructureView.class,
            com.vaadin.flow.router.QueryParameters.of("part", "providers"));
        test($(Button.class).withText("New").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Save").single()).click();
        TextField name = $(TextField.class, dialog).withCaption("Name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aCentreWithABadPostcodeIsRefusedByTheFormAndNothingIsSaved() {
        navigate(CentresView.class);
        test($(TextField.class).first()).setValue("Ashbrook");
        test($(Grid.class).id("centres-grid")).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        TextField postcode = $(TextField.class, dialog).withCaption("Postcode").single();
        test(postcode).setValue("not a postcode");
        test($(Button.class, dialog).withText("Save").single()).click();
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Enter a UK postcode, such as EM4 7QT");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from centre where postcode = 'not a postcode'", Long.class)).isZero();
    }
}
