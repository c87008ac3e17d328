package org.centrecpd.journal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.ConfirmDestructive;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.JournalSharing;

/**
 * One of my entries: what I wrote, who it is shared with (share with or stop sharing with each of
 * my line managers), who opened it and when, feedback, and delete for good.
 */
@Route("journal/:id([0-9]+)")
@PermitAll
public class EntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JournalQueries journal;
    private final transient JournalSharing sharing;
    private final transient JournalService writing;
    private Entry entry;

    public EntryView(JournalQueries journal, JournalSharing sharing, JournalService writing) {
        this.journal = journal;
        this.sharing = sharing;
        this.writing = writing;
        setId("entry");
        setMaxWidth("60rem");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(Map.of("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Journal entry");
        }
        show(journal.entry(id));
    }

    private void show(Entry loaded) {
        this.entry = loaded;
        Locale locale = getLocale();
        removeAll();
        add(new RouterLink(getTranslation("journal.back"), JournalView.class));
        // The page's h1 (the layout's) is the entry's title: no second heading repeats it.
        if (entry.draft()) {
            Paragraph draft = new Paragraph(getTranslation("journal.draft.notice"));
            draft.addClassName("notice");
            add(draft);
        }
        add(new EntryContent(entry, locale));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!entry.courseAnswer()) {
            Button edit = new Button(getTranslation("journal.edit"),
                e -> UI.getCurrent().navigate(EntryEditor.class, EntryEditor.parameters(entry.id())));
            edit.setId("edit-entry");
            actions.add(edit);
        }
        Button delete = new Button(getTranslation("journal.delete"), e -> confirmDelete());
        delete.setId("delete-entry");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(delete);
        add(actions, sharing(locale), reads(locale), feedback(entry.feedback(), locale, this));
    }

    static String title(Entry e) {
        if (e.title() != null && !e.title().isBlank()) {
            return e.title();
        }
        return e.courseAnswer() ? JournalView.shorten(e.prompt() == null ? "" : e.prompt()) : "";
    }

    private Component sharing(Locale locale) {
        Section section = new Section();
        section.setId("sharing");
        H2 heading = new H2(getTranslation("journal.sharing"));
        heading.setId("sharing-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        section.add(heading, EntryEditor.whoReads(this));
        if (entry.draft()) {
            section.add(new Paragraph(getTranslation("journal.sharing.draft")));
            return section;
        }
        List<JournalSharing.ShareTarget> managers = sharing.shareTargets();
        if (managers.isEmpty() && entry.shares().isEmpty()) {
            section.add(new Paragraph(getTranslation("journal.sharing.noManager")));
        }
        if (entry.shares().isEmpty()) {
            section.add(new Paragraph(getTranslation("journal.sharing.private")));
        }
        UnorderedList list = new UnorderedList();
        for (Entry.ShareRow share : entry.shares()) {
            Button stop = new Button(getTranslation("journal.unshare"), e -> {
                sharing.unshare(entry.id(), share.managerId());
                Feedback.saved(this, "journal.unshared", share.managerName());
                show(journal.entry(entry.id()));
                focusAfterRedraw("share-" + share.managerId());
            });
            stop.setId("unshare-" + share.managerId());
            stop.setAriaLabel(getTranslation("journal.unshare.with", share.managerName()));
            list.add(new ListItem(new Paragraph(getTranslation("journal.sharedWith", share.managerName(),
                when(share.sharedAt(), locale))), stop));
        }
        for (JournalSharing.ShareTarget manager : managers) {
            if (entry.shares().stream().noneMatch(s -> s.managerId() == manager.personId())) {
                Button share = new Button(getTranslation("journal.share.with", manager.fullName()), e -> {
                    try {
                        sharing.share(List.of(entry.id()), manager.personId());
                    } catch (RuntimeException ex) {
                        if (Feedback.explain(this, ex)) {
                            return;
                        }
                        throw ex;
                    }
                    Feedback.saved(this, "journal.shared", manager.fullName());
                    show(journal.entry(entry.id()));
                    focusAfterRedraw("unshare-" + manager.personId());
                });
                share.setId("share-" + manager.personId());
                // Why this name is offered: the person reads "your line manager", not just a name.
                Span why = new Span(shareReason(this, manager));
                why.setId("share-why-" + manager.personId());
                why.addClassName("secondary");
                share.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
                list.add(new ListItem(share, new Span(" "), why));
            }
        }
        section.add(list);
        return section;
    }

    /**
     * The page was drawn again and the button just used is gone: focus goes to the control that took its place
     * (or the section's heading), not back to the top of the page (WCAG 2.4.3).
     */
    private void focusAfterRedraw(String controlId) {
        getElement().executeJs("const c = document.getElementById($0) || document.getElementById('sharing-heading');"
            + " if (c) { c.focus(); }", controlId);
    }

    private Component reads(Locale locale) {
        Section section = new Section(new H2(getTranslation("journal.reads")));
        section.setId("reads");
        if (entry.reads().isEmpty()) {
            section.add(new Paragraph(getTranslation("journal.reads.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        entry.reads().forEach(r -> list.add(new ListItem(getTranslation("journal.read", r.readerName(), when(r.readAt(), locale)))));
        section.add(list);
        return section;
    }

    static Component feedback(List<Entry.FeedbackRow> rows, Locale locale, Component i18n) {
        Section section = new Section(new H2(i18n.getTranslation("journal.feedback")));
        section.setId("feedback");
        if (rows.isEmpty()) {
            section.add(new Paragraph(i18n.getTranslation("journal.feedback.none")));
        }
        for (Entry.FeedbackRow f : rows) {
            Div one = new Div();
            one.addClassName("journal-feedback");
            Paragraph who = new Paragraph(i18n.getTranslation("journal.feedback.from", f.authorName(), when(f.writtenAt(), locale)));
            who.addClassName("secondary");
            one.add(who, EntryContent.markdown(f.body()));
            section.add(one);
        }
        return section;
    }

    /** "Your line manager: centre manager at Ashbrook Children's Centre" (and the other centres where they manage you). */
    static String shareReason(Component i18n, JournalSharing.ShareTarget target) {
        return i18n.getTranslation("journal.share.why", String.join(" " + i18n.getTranslation("journal.share.and") + " ", target.centres()));
    }

    static String when(LocalDateTime at, Locale locale) {
        return Dates.day(at.toLocalDate(), locale) + " " + at.toLocalTime().withSecond(0).withNano(0);
    }

    private void confirmDelete() {
        ConfirmDestructive.open("confirm-delete", getTranslation("journal.delete.confirm.title"),
            getTranslation("journal.delete.confirm.text"), getTranslation("journal.delete"), getTranslation("action.cancel"), () -> {
                writing.delete(entry.id());
                Feedback.saved(this, "journal.deleted");
                UI.getCurrent().navigate(JournalView.class);
            });
    }

    @Override
    public String getPageTitle() {
        return entry == null ? getTranslation("journal.title") : title(entry);
    }
}
