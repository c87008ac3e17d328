package org.centrecpd.journal.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.Saved;

/**
 * Writing an entry. Everything saves while the author types: text is sent at least once a second
 * while it changes (and when a box is left), so closing the tab, losing the connection or a session
 * time-out loses at most the last second or two; while the connection is down, the browser keeps its
 * own copy ({@link BrowserBackup}) and offers it back. A new entry is a draft until "Finish"; drafts
 * are offered back on the journal page. If another tab (or device) saved the same entry in between,
 * the save is refused, this tab says so, stops saving and keeps its text for the author to copy.
 * <p>
 * What is shown is in {@link EntryTextForm} (the writing), {@link EntryDetailsForm} (how it is
 * filed), {@link BackupOffer} and {@link SaveStatus}; this class loads the entry and saves it.
 */
@Route("journal/write/:id?")
@PermitAll
@JavaScript("context://scripts/entry-backup.js")
public class EntryEditor extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Who can read a journal, said where entries are written and shared (the promise JournalPolicy keeps). */
    static Paragraph whoReads(com.vaadin.flow.component.Component in) {
        Paragraph who = new Paragraph(in.getTranslation("journal.whoReads"));
        who.addClassName("journal-who-reads");
        return who;
    }

    private final transient JournalService journal;
    private final transient JournalQueries queries;
    private final transient Clock clock;
    private final BrowserBackup backup = new BrowserBackup(getElement());
    private EntryTextForm text;
    private EntryDetailsForm details;
    private BackupOffer offer;
    private SaveStatus status;

    private Long id;
    private long version;
    /** When the entry was last saved, as the browser's clock counts (ms since 1970); 0 for a new entry. */
    private long savedAtMillis;
    private boolean loading;
    private boolean stale;
    private EntryDraft lastSaved;

    public EntryEditor(JournalService journal, JournalQueries queries, Clock clock) {
        this.journal = journal;
        this.queries = queries;
        this.clock = clock;
        setId("entry-editor");
        setMaxWidth("60rem");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(Map.of("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("id").orElse(null);
        Entry entry = null;
        if (param != null) {
            long entryId;
            try {
                entryId = Long.parseLong(param);
            } catch (NumberFormatException e) {
                throw new NotFoundException("Journal entry");
            }
            entry = queries.entry(entryId);
            if (entry.courseAnswer()) {
                event.forwardTo(EntryView.class, EntryView.parameters(entryId));
                return;
            }
        }
        build(entry);
    }

    private void build(Entry entry) {
        loading = true;
        removeAll();
        text = new EntryTextForm(this::save);
        details = new EntryDetailsForm(queries, this::save);
        offer = new BackupOffer();
        status = new SaveStatus();
        Button finish = new Button(getTranslation("journal.finish"), e -> finish());
        finish.setId("finish-entry");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout footer = new HorizontalLayout(finish, status);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new RouterLink(getTranslation("journal.back"), JournalView.class),
            new Paragraph(getTranslation("journal.editor.help")), whoReads(this), offer, text, details, footer);

        text.show(entry);
        details.show(entry);
        id = entry == null ? null : entry.id();
        version = entry == null ? 0 : entry.version();
        if (entry != null && entry.draft()) {
            status.draft();
        }
        lastSaved = content();
        savedAtMillis = entry == null ? 0 : millis(entry.updatedAt());
        loading = false;
        backup.watch(journal.backupKey(id));
    }

    /** The browser found a copy of this entry that it kept while offline: offer it back if it is newer and differs. */
    @ClientCallable
    void backupFound(String json) {
        BrowserBackup.Copy copy;
        try {
            copy = BrowserBackup.Copy.parse(json);
        } catch (RuntimeException e) {
            backup.discard();
            return;
        }
        if (copy.fields().equals(text.boxTexts()) || copy.at() <= savedAtMillis) {
            backup.discard();
            return;
        }
        offer.offer(Instant.ofEpochMilli(copy.at()).atZone(clock.getZone()).toLocalTime(), () -> restore(copy),
            backup::discard);
    }

    private void restore(BrowserBackup.Copy copy) {
        loading = true;
        text.restore(copy.fields());
        loading = false;
        save();
    }

    /** What the form holds, without id and version (to tell whether anything changed since the last save). */
    private EntryDraft content() {
        return new EntryDraft(null, 0, text.title(), text.model(), text.body(), text.sections(), details.tags(),
            details.areas(), details.minutes(), details.countsAsCpd(), details.unit());
    }

    private EntryDraft withIdentity(EntryDraft d) {
        return new EntryDraft(id, version, d.title(), d.model(), d.body(), d.sections(), d.tags(), d.areas(),
            d.minutesSpent(), d.countsAsCpd(), d.link());
    }

    /** Autosave: quiet, and only when something changed. */
    private void save() {
        if (loading || stale) {
            return;
        }
        EntryDraft now = content();
        if (now.equals(lastSaved) || (id == null && now.isEmpty())) {
            return;
        }
        try {
            Saved saved = journal.save(withIdentity(now));
            saved(saved, now);
            status.saved(saved.at());
        } catch (StaleEditException e) {
            staleEdit();
        } catch (RuleViolation e) {
            // Not saved until the author fixes it (e.g. minutes missing for CPD time): say what, keep the text.
            status.refused();
            Feedback.explain(this, e);
        } catch (NotFoundException e) {
            // Deleted in another tab: keep the text here; a save would have nowhere to go.
            stale = true;
            status.gone();
        }
    }

    private void saved(Saved saved, EntryDraft content) {
        boolean first = id == null;
        id = saved.id();
        version = saved.version();
        lastSaved = content;
        savedAtMillis = millis(saved.at());
        backup.saved(text.boxTexts(), journal.backupKey(id));
        if (first) {
            // A reload (or a restored tab) comes back to this entry, not to an empty new one.
            UI.getCurrent().getPage().getHistory().replaceState(null, "journal/write/" + id);
        }
    }

    private void staleEdit() {
        stale = true;
        status.stale();
    }

    private void finish() {
        if (stale) {
            staleEdit();
            return;
        }
        EntryDraft now = content();
        try {
            Saved saved = journal.finish(withIdentity(now));
            saved(saved, now);
        } catch (StaleEditException e) {
            staleEdit();
            return;
        } catch (RuntimeException e) {
            if (Feedback.explain(this, e)) {
                return;
            }
            throw e;
        }
        Feedback.saved(this, "journal.finished");
        UI.getCurrent().navigate(EntryView.class, EntryView.parameters(id));
    }

    private long millis(LocalDateTime at) {
        return at.atZone(clock.getZone()).toInstant().toEpochMilli();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "journal.new" : "journal.edit");
    }
}
