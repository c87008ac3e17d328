package org.centrecpd.audit.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit log screen: admins read and filter it; no one else finds it, in the menu or by its address. */
@CentreTest
class AuditLogViewTest extends ViewTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anAdminFiltersTheLogByPersonAndAction() {
        events.publishEvent(new AuditEvent(AuditAction.STAFF_IMPORTED, "view-test-staff.csv", "12 created, 0 changed"));
        events.publishEvent(new AuditEvent(AuditAction.PERSON_MOVED, "view-test-person@example.org", "A → B"));
        navigate(AuditLogView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Audit log", "Import");
        Grid<?> grid = $(Grid.class).id("audit-grid");

        test($(TextField.class).id("audit-person")).setValue("view-test");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(DemoLogins.ADMIN);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Person moved"); // newest first

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = $(ComboBox.class).id("audit-action");
        test(action).selectItem("Staff imported");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("view-test-staff.csv");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("12 created, 0 changed");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void othersNeitherSeeItInTheMenuNorOpenItByItsAddress() {
        navigate(org.centrecpd.home.HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Audit log", "Import");
        UI.getCurrent().navigate("admin/audit");
        assertThat($(AuditLogView.class).all()).isEmpty();
        assertThat($(Grid.class).all()).noneMatch(g -> "audit-grid".equals(g.getId().orElse("")));
        UI.getCurrent().navigate("admin/import");
        assertThat($(org.centrecpd.organisation.ui.ImportView.class).all()).isEmpty();
    }
}
