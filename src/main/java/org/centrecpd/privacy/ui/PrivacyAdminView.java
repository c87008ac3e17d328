package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.privacy.service.Erasure;
import org.centrecpd.privacy.service.LegalHolds;
import org.centrecpd.privacy.service.PersonLookup;
import org.centrecpd.privacy.service.PrivacyNotice;
import org.centrecpd.privacy.service.PrivacyRegister;
import org.centrecpd.privacy.service.Retention;
import org.centrecpd.privacy.service.RetentionSchedule;
import org.centrecpd.privacy.service.SubjectAccess;
import org.centrecpd.security.Role;

/**
 * The admin's privacy page, as a data protection officer works: requests for a copy with their due dates (overdue
 * ones marked), raising one that came by letter; each authority's retention schedule with what the next run would
 * remove; legal holds; erasure after a preview; the register of processing; the privacy notice's contacts.
 */
@Route("admin/privacy")
@Menu(title = "nav.privacy", order = 96, icon = "vaadin:shield")
@RolesAllowed(Role.ADMIN_NAME)
public class PrivacyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PersonLookup lookup;

    public PrivacyAdminView(SubjectAccess subjectAccess, PersonLookup lookup, RetentionSchedule schedule, Retention retention,
                            LegalHolds holds, Erasure erasure, PrivacyRegister register, PrivacyNotice notice,
                            StructureService structure) {
        this.lookup = lookup;
        // Sections that open and close (Details: a button and its region), not tabs: Vaadin's tab strip carries a
        // focusable scroller inside role=tablist, which axe reports as a critical WCAG failure.
        add(section("requests", "privacy.tab.requests", new RequestsPanel(subjectAccess, this::personPicker), true),
            section("retention", "privacy.tab.retention", new RetentionPanel(schedule, retention, structure.authorityChoices()), false),
            section("holds", "privacy.tab.holds", new HoldsPanel(holds, this::personPicker), false),
            section("erasure", "privacy.tab.erasure", new ErasurePanel(erasure, this::personPicker), false),
            section("register", "privacy.tab.register", new VerticalLayout(new Paragraph(getTranslation("privacy.register.intro")),
                RegisterGrid.of(this, register.forReaders())), false),
            section("contacts", "privacy.tab.contacts", new ContactsPanel(notice, structure.authorityChoices()), false));
    }

    private Details section(String id, String titleKey, com.vaadin.flow.component.Component content, boolean opened) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassName("privacy-section-title");
        Details details = new Details(title, content);
        details.setId("section-" + id);
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    private PersonPicker personPicker(String labelKey) {
        return new PersonPicker(lookup, labelKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.privacy");
    }
}
