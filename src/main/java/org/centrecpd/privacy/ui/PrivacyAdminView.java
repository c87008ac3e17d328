package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.organisation.service.Choice;
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

    private final SubjectAccess subjectAccess;
    private final PersonLookup lookup;
    private final Grid<SubjectAccess.RequestRow> requests = new Grid<>();

    public PrivacyAdminView(SubjectAccess subjectAccess, PersonLookup lookup, RetentionSchedule schedule, Retention retention,
                            LegalHolds holds, Erasure erasure, PrivacyRegister register, PrivacyNotice notice,
                            StructureService structure) {
        this.subjectAccess = subjectAccess;
        this.lookup = lookup;
        // Sections that open and close (Details: a button and its region), not tabs: Vaadin's tab strip carries a
        // focusable scroller inside role=tablist, which axe reports as a critical WCAG failure.
        add(section("requests", "privacy.tab.requests", requestsTab(), true),
            section("retention", "privacy.tab.retention", new RetentionPanel(schedule, retention, structure.authorityChoices()), false),
            section("holds", "privacy.tab.holds", new HoldsPanel(holds, this::personPicker), false),
            section("erasure", "privacy.tab.erasure", new ErasurePanel(erasure, this::personPicker), false),
            section("register", "privacy.tab.register", new VerticalLayout(new Paragraph(getTranslation("privacy.register.intro")),
                RegisterGrid.of(this, register.forReaders())), false),
            section("contacts", "privacy.tab.contacts", contactsTab(notice, structure.authorityChoices()), false));
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

    /** A person picker over everyone on record, leavers included, by name or e-mail. */
    ComboBox<PeopleOnRecord.OnRecord> personPicker(String labelKey) {
        ComboBox<PeopleOnRecord.OnRecord> person = new ComboBox<>(getTranslation(labelKey));
        person.setItems(query -> lookup.find(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(p -> p.fullName() + " (" + p.email() + ")");
        person.setHelperText(getTranslation("privacy.person.help"));
        person.setWidth("28em");
        return person;
    }

    private VerticalLayout requestsTab() {
        Locale locale = Locale.UK;
        requests.addColumn(SubjectAccess.RequestRow::person).setHeader(getTranslation("privacy.person")).setFlexGrow(2);
        requests.addColumn(r -> getTranslation("privacy.channel." + r.channel().name())).setHeader(getTranslation("privacy.channel"));
        requests.addColumn(r -> Dates.day(r.receivedOn(), locale)).setHeader(getTranslation("privacy.received"));
        requests.addComponentColumn(r -> {
            Span due = new Span(Dates.day(r.dueOn(), locale) + (r.overdue() ? " — " + getTranslation("privacy.overdue") : ""));
            if (r.overdue()) {
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("privacy.due"));
        requests.addColumn(r -> r.fulfilledAt() == null ? getTranslation("privacy.open")
            : getTranslation("privacy.fulfilled", Dates.day(java.time.LocalDate.ofInstant(r.fulfilledAt(), java.time.ZoneId.of("Europe/London")), locale)))
            .setHeader(getTranslation("privacy.status"));
        requests.addComponentColumn(r -> r.downloadable()
            ? CopyLink.of(subjectAccess, r, getTranslation("privacy.download"), getTranslation("privacy.download.for", r.person()))
            : new Button(getTranslation("privacy.newLink"), e -> {
                subjectAccess.newLink(r.id());
                Feedback.saved(this, "privacy.newLink.done");
                showRequests();
            })).setHeader(getTranslation("privacy.copy"));
        requests.setAllRowsVisible(true);
        requests.setAriaLabel(getTranslation("privacy-requests"));
        requests.setId("privacy-requests");
        ComboBox<PeopleOnRecord.OnRecord> person = personPicker("privacy.raise.person");
        person.setId("raise-person");
        Button raise = new Button(getTranslation("privacy.raise"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("privacy.person.required"));
                return;
            }
            subjectAccess.raiseFor(person.getValue().personId());
            Feedback.saved(this, "privacy.raise.done", person.getValue().fullName());
            person.clear();
            showRequests();
        });
        raise.setId("raise-request");
        HorizontalLayout raising = new HorizontalLayout(person, raise);
        raising.setAlignItems(FlexComponent.Alignment.BASELINE);
        showRequests();
        return new VerticalLayout(new Paragraph(getTranslation("privacy.requests.intro")), raising,
            new H3(getTranslation("privacy-requests")), requests);
    }

    private void showRequests() {
        requests.setItems(subjectAccess.all());
    }

    private VerticalLayout contactsTab(PrivacyNotice notice, List<Choice> authorities) {
        ComboBox<Choice> authority = new ComboBox<>(getTranslation("privacy.authority"), authorities);
        authority.setItemLabelGenerator(Choice::name);
        TextField controller = new TextField(getTranslation("privacy.contacts.controller"));
        controller.setMaxLength(300);
        controller.setWidth("28em");
        TextField dpo = new TextField(getTranslation("privacy.contacts.dpo"));
        dpo.setMaxLength(500);
        dpo.setWidth("28em");
        authority.addValueChangeListener(e -> {
            var current = e.getValue() == null ? null : notice.contacts().stream()
                .filter(c -> c.authorityId() == e.getValue().id()).findFirst().orElse(null);
            controller.setValue(current == null ? "" : current.controller());
            dpo.setValue(current == null ? "" : current.dpoContact());
        });
        Button save = new Button(getTranslation("privacy.contacts.save"), e -> {
            if (authority.getValue() == null) {
                authority.setInvalid(true);
                return;
            }
            try {
                notice.setContacts(authority.getValue().id(), controller.getValue(), dpo.getValue());
                Feedback.saved(this, "privacy.contacts.saved");
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new Paragraph(getTranslation("privacy.contacts.intro")), authority, controller, dpo, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.privacy");
    }

    /** The retention schedule of one authority, editable, and the dry run. */
    static class RetentionPanel extends VerticalLayout {

        RetentionPanel(RetentionSchedule schedule, Retention retention, List<Choice> authorities) {
            ComboBox<Choice> authority = new ComboBox<>(getTranslation("privacy.authority"), authorities);
            authority.setItemLabelGenerator(Choice::name);
            authority.setId("retention-authority");
            Grid<RetentionSchedule.Period> periods = new Grid<>();
            periods.addColumn(p -> p.kind().name()).setHeader(getTranslation("privacy.register.kind")).setFlexGrow(3);
            periods.addColumn(p -> getTranslation(p.kind().clock() == org.centrecpd.base.privacy.RetentionClock.AFTER_LEAVING
                ? "privacy.retention.fromLeaving" : "privacy.retention.fromRecorded")).setHeader(getTranslation("privacy.retention.from"));
            periods.addColumn(p -> p.kind().defaultMonths()).setHeader(getTranslation("privacy.retention.default"));
            periods.addComponentColumn(p -> {
                IntegerField months = new IntegerField();
                months.setMin(1);
                months.setMax(1200);
                months.setStepButtonsVisible(false);
                months.setValue(p.months());
                months.setAriaLabel(getTranslation("privacy.retention.monthsFor", p.kind().name()));
                months.setWidth("6em");
                months.addValueChangeListener(e -> {
                    if (authority.getValue() == null || e.getValue() == null) {
                        return;
                    }
                    try {
                        schedule.set(authority.getValue().id(), p.kind().key(), e.getValue());
                        Feedback.saved(this, "privacy.retention.saved", p.kind().name(), e.getValue());
                    } catch (RuntimeException ex) {
                        if (!Feedback.explain(this, ex)) {
                            throw ex;
                        }
                    }
                });
                return months;
            }).setHeader(getTranslation("privacy.retention.months"));
            periods.addColumn(p -> p.kind().disposal().words()).setHeader(getTranslation("privacy.retention.then")).setFlexGrow(2);
            periods.setAllRowsVisible(true);
            periods.setAriaLabel(getTranslation("privacy.tab.retention"));
            periods.setId("retention-periods");
            authority.addValueChangeListener(e -> periods.setItems(e.getValue() == null ? List.of() : schedule.of(e.getValue().id())));
            Grid<Retention.Outcome> preview = new Grid<>();
            preview.addColumn(o -> o.kind().name()).setHeader(getTranslation("privacy.register.kind")).setFlexGrow(3);
            preview.addColumn(Retention.Outcome::rows).setHeader(getTranslation("privacy.retention.rows"));
            preview.addColumn(o -> o.kind().disposal().words()).setHeader(getTranslation("privacy.retention.then")).setFlexGrow(2);
            preview.setAllRowsVisible(true);
            preview.setAriaLabel(getTranslation("privacy.retention.preview"));
            preview.setId("retention-preview");
            preview.setVisible(false);
            Button dryRun = new Button(getTranslation("privacy.retention.preview"), e -> {
                preview.setItems(new ListDataProvider<>(retention.preview(authority.getValue() == null ? null : authority.getValue().id())));
                preview.setVisible(true);
            });
            dryRun.setId("retention-dry-run");
            add(new Paragraph(getTranslation("privacy.retention.intro")), authority, periods,
                new H3(getTranslation("privacy.retention.preview")), new Paragraph(getTranslation("privacy.retention.previewIntro")), dryRun, preview);
        }
    }

    /** Legal holds: place one on a person, lift it. */
    static class HoldsPanel extends VerticalLayout {

        HoldsPanel(LegalHolds holds, java.util.function.Function<String, ComboBox<PeopleOnRecord.OnRecord>> picker) {
            Grid<LegalHolds.HoldRow> list = new Grid<>();
            list.addColumn(LegalHolds.HoldRow::person).setHeader(getTranslation("privacy.person"));
            list.addColumn(LegalHolds.HoldRow::reason).setHeader(getTranslation("privacy.hold.reason")).setFlexGrow(3);
            list.addColumn(h -> Dates.day(h.placedOn(), Locale.UK) + ", " + h.placedBy()).setHeader(getTranslation("privacy.hold.placed"));
            list.addComponentColumn(h -> new Button(getTranslation("privacy.hold.lift"), e -> {
                holds.lift(h.personId());
                Feedback.saved(this, "privacy.hold.lifted", h.person());
                list.setItems(holds.all());
            })).setHeader(getTranslation("privacy.hold.lift"));
            list.setAllRowsVisible(true);
            list.setAriaLabel(getTranslation("privacy.tab.holds"));
            list.setItems(holds.all());
            ComboBox<PeopleOnRecord.OnRecord> person = picker.apply("privacy.hold.person");
            TextField reason = new TextField(getTranslation("privacy.hold.reason"));
            reason.setMaxLength(500);
            reason.setWidth("28em");
            Button place = new Button(getTranslation("privacy.hold.place"), e -> {
                if (person.getValue() == null) {
                    person.setInvalid(true);
                    person.setErrorMessage(getTranslation("privacy.person.required"));
                    return;
                }
                try {
                    holds.place(person.getValue().personId(), reason.getValue());
                    Feedback.saved(this, "privacy.hold.placed.done", person.getValue().fullName());
                    person.clear();
                    reason.clear();
                    list.setItems(holds.all());
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
            });
            HorizontalLayout form = new HorizontalLayout(person, reason, place);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(new Paragraph(getTranslation("privacy.hold.intro")), form, list);
        }
    }

    /** Erasure: pick a leaver, see what goes and what stays and why, then erase. */
    static class ErasurePanel extends VerticalLayout {

        ErasurePanel(Erasure erasure, java.util.function.Function<String, ComboBox<PeopleOnRecord.OnRecord>> picker) {
            ComboBox<PeopleOnRecord.OnRecord> person = picker.apply("privacy.erase.person");
            person.setId("erase-person");
            TextField verified = new TextField(getTranslation("privacy.erase.verified"));
            verified.setHelperText(getTranslation("privacy.erase.verified.help"));
            verified.setMaxLength(300);
            verified.setWidth("28em");
            verified.setId("erase-verified");
            Grid<Erasure.Line> preview = new Grid<>();
            preview.addColumn(l -> l.kind().name()).setHeader(getTranslation("privacy.register.kind")).setFlexGrow(2);
            preview.addColumn(Erasure.Line::rows).setHeader(getTranslation("privacy.retention.rows"));
            preview.addColumn(l -> l.erasedNow() ? l.kind().disposal().words() + " " + getTranslation("privacy.erase.now")
                : getTranslation("privacy.erase.kept", Dates.day(l.keptUntil(), Locale.UK), l.kind().keptOnErasure())).setHeader(getTranslation("privacy.erase.what")).setFlexGrow(4);
            preview.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
            preview.setAllRowsVisible(true);
            preview.setAriaLabel(getTranslation("privacy.erase.preview"));
            preview.setId("erase-preview");
            preview.setVisible(false);
            Button erase = new Button(getTranslation("privacy.erase.start"));
            erase.setId("erase-confirm");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            erase.setEnabled(false);
            Button show = new Button(getTranslation("privacy.erase.show"), e -> {
                preview.setVisible(false);
                erase.setEnabled(false);
                if (person.getValue() == null) {
                    person.setInvalid(true);
                    person.setErrorMessage(getTranslation("privacy.person.required"));
                    return;
                }
                try {
                    preview.setItems(erasure.preview(person.getValue().personId()));
                    preview.setVisible(true);
                    erase.setEnabled(true);
                } catch (RuntimeException ex) {
                    if (!Feedback.explain(this, ex)) {
                        throw ex;
                    }
                }
            });
            show.setId("erase-preview-button");
            person.addValueChangeListener(e -> {
                preview.setVisible(false);
                erase.setEnabled(false);
            });
            erase.addClickListener(e -> {
                var who = person.getValue();
                if (who == null) {
                    return;
                }
                ConfirmDestructive.open("erase-dialog", getTranslation("privacy.erase.confirm.header", who.fullName()),
                    getTranslation("privacy.erase.confirm.text"), getTranslation("privacy.erase.do"), getTranslation("privacy.cancel"), () -> {
                        try {
                            long rows = erasure.erase(who.personId(), verified.getValue());
                            Feedback.saved(this, "privacy.erase.done", who.fullName(), rows);
                            preview.setVisible(false);
                            erase.setEnabled(false);
                            person.clear();
                            verified.clear();
                        } catch (RuntimeException ex) {
                            if (!Feedback.explain(this, ex)) {
                                throw ex;
                            }
                        }
                    });
            });
            HorizontalLayout form = new HorizontalLayout(person, show);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(new Paragraph(getTranslation("privacy.erase.intro")), form, preview, verified, erase);
        }
    }
}
