package org.centrecpd.journal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.NoteRow;
import org.centrecpd.journal.service.StaffSharing;
import org.centrecpd.journal.service.SupervisionService;

/**
 * A manager's supervision page: the members of their staff who have shared entries with them; for
 * one of them, the entries shared for discussion (with the manager's feedback) and the notes of
 * their supervision meetings, which the member of staff sees in their journal.
 */
@Route("supervision/:staffId?([0-9]+)")
@Menu(title = "nav.supervision", order = 25, icon = "vaadin:comments-o")
@PermitAll
public class SupervisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupervisionService supervision;
    private final transient Clock clock;
    private StaffSharing staff;

    public SupervisionView(SupervisionService supervision, Clock clock) {
        this.supervision = supervision;
        this.clock = clock;
        setId("supervision");
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(long staffId) {
        return new RouteParameters(Map.of("staffId", String.valueOf(staffId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        staff = null;
        String param = event.getRouteParameters().get("staffId").orElse(null);
        Section people = new Section(new H2(getTranslation("supervision.staff")));
        people.setId("supervision-staff");
        List<StaffSharing> sharing = supervision.staffWhoShared();
        if (sharing.isEmpty()) {
            people.add(new Paragraph(getTranslation("supervision.staff.none")));
        }
        UnorderedList list = new UnorderedList();
        sharing.forEach(s -> list.add(new ListItem(new RouterLink(s.fullName(), SupervisionView.class, parameters(s.personId())))));
        people.add(list);
        add(people);
        if (param != null) {
            long staffId;
            try {
                staffId = Long.parseLong(param);
            } catch (NumberFormatException e) {
                throw new NotFoundException("Person");
            }
            staff = supervision.staffMember(staffId);
            add(forStaff(staff));
        }
    }

    private Component forStaff(StaffSharing member) {
        Locale locale = getLocale();
        Div box = new Div();
        box.setId("supervision-member");
        Section entries = new Section(new H2(getTranslation("supervision.entries")));
        List<Entry> shared = supervision.sharedBy(member.personId());
        if (shared.isEmpty()) {
            entries.add(new Paragraph(getTranslation("supervision.entries.none")));
        }
        UnorderedList list = new UnorderedList();
        for (Entry e : shared) {
            RouterLink open = new RouterLink(EntryView.title(e), SharedEntryView.class, SharedEntryView.parameters(e.id()));
            Paragraph meta = new Paragraph(getTranslation("supervision.entry.meta",
                Dates.day(e.createdAt().toLocalDate(), locale), e.feedback().size()));
            meta.addClassName("secondary");
            list.add(new ListItem(open, meta));
        }
        entries.add(list);
        box.add(entries, notes(member, locale));
        return box;
    }

    private Component notes(StaffSharing member, Locale locale) {
        Section section = new Section(new H2(getTranslation("supervision.notes")));
        section.setId("supervision-notes");
        DatePicker date = Dates.picker(getTranslation("supervision.note.date"), LocalDate.now(clock));
        date.setLocale(locale);
        date.setId("note-date");
        TextArea text = new TextArea(getTranslation("supervision.note.text"));
        text.setId("note-text");
        text.setWidthFull();
        TextArea actions = new TextArea(getTranslation("supervision.note.actions"));
        actions.setId("note-actions");
        actions.setWidthFull();
        Button save = new Button(getTranslation("supervision.note.save"), e -> {
            try {
                supervision.addNote(member.personId(), date.getValue(), text.getValue(), actions.getValue());
            } catch (RuntimeException ex) {
                if (Feedback.explain(this, ex)) {
                    return;
                }
                throw ex;
            }
            Feedback.saved(this, "supervision.note.saved");
            UI.getCurrent().refreshCurrentRoute(false);
        });
        save.setId("save-note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph(getTranslation("supervision.notes.help")), date, text, actions, save);
        for (NoteRow n : supervision.notes(member.personId())) {
            section.add(note(n, locale, this));
        }
        return section;
    }

    static Component note(NoteRow n, Locale locale, Component i18n) {
        Div one = new Div();
        one.addClassName("supervision-note");
        one.add(new H3(i18n.getTranslation("supervision.note.heading", Dates.day(n.meetingDate(), locale), n.managerName())));
        if (!n.notes().isBlank()) {
            one.add(EntryContent.markdown(n.notes()));
        }
        if (!n.agreedActions().isBlank()) {
            one.add(new Paragraph(i18n.getTranslation("supervision.note.agreed")), EntryContent.markdown(n.agreedActions()));
        }
        return one;
    }

    @Override
    public String getPageTitle() {
        return staff == null ? getTranslation("supervision.title") : getTranslation("supervision.for", staff.fullName());
    }
}
