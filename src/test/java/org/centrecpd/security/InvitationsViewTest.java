package org.centrecpd.security;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.button.Button;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Invitations page as a centre manager sees it: only the staff of their own centres, and a clear word when nothing is ticked. */
@CentreTest
class InvitationsViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aManagerSeesTheStaffOfTheirCentreWithoutASignIn() {
        // Other tests in this shared database invite Ashbrook's staff: make sure one has no sign-in yet.
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        org.centrecpd.support.Fixture fixture = new org.centrecpd.support.Fixture(jdbc);
        fixture.employ(fixture.person("Nia Newstarter"), ashbrook, org.centrecpd.organisation.JobRole.OUTREACH_WORKER,
            org.centrecpd.support.Fixture.SINCE, null);
        navigate(InvitationsView.class);
        Grid<?> uninvited = $(Grid.class).id("uninvited");
        long ashbrookWithoutSignIn = jdbc.queryForObject("""
            select count(*) from employment e join centre c on c.id = e.centre_id join person p on p.id = e.person_id
             where c.name = 'Ashbrook Children''s Centre' and e.start_date <= current_date and (e.end_date is null or e.end_date > current_date)
               and not exists (select 1 from user_account a where a.person_id = p.id or a.username = p.email)""", Long.class);
        assertThat(ashbrookWithoutSignIn).isPositive();
        assertThat(test(uninvited).size()).isEqualTo((int) ashbrookWithoutSignIn);
        for (int row = 0; row < test(uninvited).size(); row++) {
            assertThat(test(uninvited).getCellText(row, 2)).isEqualTo("Ashbrook Children's Centre");
        }
        test($(Button.class).id("invite-selected")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Tick at least one person to invite.");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void practitionersHaveNoInvitationsPage() {
        assertThatThrownBy(() -> navigate(InvitationsView.class)).isInstanceOf(Exception.class);
    }
}
