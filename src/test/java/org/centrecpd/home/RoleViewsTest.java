package org.centrecpd.home;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.home.HomeView;
import org.centrecpd.organisation.ui.CentreStaffView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each role sees on signing in, and what the menu offers them. */
@CentreTest
class RoleViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long centre(String name) {
        return jdbc.queryForObject("select id from centre where name = ?", Long.class, name);
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void practitionerSeesTheirCentreAndColleagues() {
        navigate(HomeView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Welcome, Amara Osei");
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Ashbrook Children's Centre", "Colleagues");
        Grid<?> colleagues = $(Grid.class).id("colleagues");
        List<String> names = new java.util.ArrayList<>();
        for (int row = 0; row < test(colleagues).size(); row++) {
            names.add(test(colleagues).getCellText(row, 0));
        }
        assertThat(names).contains("Daniel Whitcombe").hasSizeGreaterThan(15);
        assertThat(menu()).contains("Home").doesNotContain("Centres", "People", "Authorities and providers");
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void homeLeadsBackToACourseStartedEarlier(@Autowired org.centrecpd.courses.service.LearningService courses) {
        courses.openUnit("managing-change", 2);
        navigate(HomeView.class);
        var learning = $(com.vaadin.flow.component.html.Section.class).id("my-learning");
        assertThat($(H3.class, learning).first().getText()).isEqualTo("My learning");
        assertThat($(com.vaadin.flow.router.RouterLink.class, learning).all())
            .extracting(com.vaadin.flow.router.RouterLink::getText).contains("Managing change");
        assertThat($(Paragraph.class, learning).first().getText()).startsWith("Your CPD hours from courses:");
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void managerSeesOnlyTheirCentreAndCanOpenItsStaff() {
        navigate(HomeView.class);
        Grid<?> centres = $(Grid.class).id("my-centres");
        assertThat(test(centres).size()).isEqualTo(1);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("1 centre");

        navigate("centres/" + centre("Ashbrook Children's Centre") + "/staff", CentreStaffView.class);
        Grid<?> staff = $(Grid.class).id("staff-grid");
        assertThat(test(staff).size()).isGreaterThan(15);
        test($(TextField.class).first()).setValue("Amara");
        assertThat(test(staff).size()).isEqualTo(1);
        assertThat(test(staff).getCellText(0, 0)).isEqualTo("Amara Osei");
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anotherCentresStaffByUrlIsNotFound() {
        UI.getCurrent().navigate("centres/" + centre("Bramley Children's Centre") + "/staff");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
        assertThat($(com.vaadin.flow.component.html.H1.class).all()).extracting(h -> h.getText()).containsExactly("Page not found");
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void partnerSeesEveryCentreTheyOverseeAndCanFilter() {
        navigate(HomeView.class);
        Grid<?> centres = $(Grid.class).id("my-centres");
        int all = test(centres).size();
        assertThat(all).isBetween(53 + 4, 53 + 8);
        test($(TextField.class).first()).setValue("Fenbrook");
        assertThat(test(centres).size()).isEqualTo(1);
        assertThat(test(centres).getCellText(0, 3)).isNotBlank();
        assertThat(menu()).doesNotContain("Centres", "People");
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void adminHasTheAdministrationMenu() {
        navigate(HomeView.class);
        assertThat(menu()).contains("Home", "Authorities and providers", "Centres", "People");
        // Every centre: the demo's 135 and those other tests made in this shared database.
        assertThat(test($(Grid.class).id("my-centres")).size()).isEqualTo(jdbc.queryForObject("select count(*) from centre", Integer.class))
            .isGreaterThanOrEqualTo(135);
    }
}
