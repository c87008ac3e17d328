package org.centrecpd.journal.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.journal.ReflectiveModel;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.EntryRules;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.Saved;
import org.centrecpd.journal.service.UnitLink;

/**
 * Writing an entry. Everything saves while the author types: text is sent at least once a second
 * while it changes (and when a box is left), so closing the tab, losing the connection or a session
 * time-out loses at most the last second or two. A new entry is a draft until "Finish"; drafts are
 * offered back on the journal page. If another tab (or device) saved the same entry in between, the
 * save is refused, this tab says so, stops saving and keeps its text for the author to copy.
 */
@Route("journal/write/:id?")
@PermitAll
public class EntryEditor extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often text is sent while it changes: at most this much (plus a round trip) is lost when the tab closes. */
    static final int AUTOSAVE_MILLIS = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String BODY = "body";

    private final transient JournalService journal;
    private final transient JournalQueries queries;
    private final transient Clock clock;
    /** Offers back text that the browser kept while the connection was down (see BACKUP_SCRIPT). */
    private final Div backupOffer = new Div();
    /** When the entry was last saved, as the browser's clock counts (ms since 1970); 0 for a new entry. */
    private long savedAtMillis;
    private final TextField title = new TextField();
    private final RadioButtonGroup<ReflectiveModel> model = new RadioButtonGroup<>();
    private final Div writing = new Div();
    /** What is typed per section (and "body"), kept across a change of model so nothing is lost. */
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, TextArea> boxes = new LinkedHashMap<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>();
    private final ComboBox<UnitLink> unit = new ComboBox<>();
    private final IntegerField minutes = new IntegerField();
    private final Checkbox cpd = new Checkbox();
    private final Span status = new Span();
    private final Set<String> knownTags = new TreeSet<>();

    private Long id;
    private long version;
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
        boxes.clear();
        texts.clear();
        add(new RouterLink(getTranslation("journal.back"), JournalView.class));

        title.setLabel(getTranslation("journal.field.title"));
        title.setId("entry-title");
        title.setWidthFull();
        title.setMaxLength(EntryRules.MAX_TITLE);
        autosave(title);

        model.setLabel(getTranslation("journal.field.model"));
        model.setId("entry-model");
        model.setItems(ReflectiveModel.values());
        model.setItemLabelGenerator(m -> getTranslation(m.key()));
        model.addValueChangeListener(e -> {
            keepTexts();
            layOut(e.getValue());
            save();
        });
        writing.setId("entry-sections");
        writing.setWidthFull();

        knownTags.addAll(queries.myTags());
        tags.setLabel(getTranslation("journal.field.tags"));
        tags.setHelperText(getTranslation("journal.field.tags.help"));
        tags.setId("entry-tags");
        tags.setAllowCustomValue(true);
        tags.setItems(knownTags);
        tags.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip().toLowerCase(java.util.Locale.ROOT);
            if (!tag.isEmpty()) {
                knownTags.add(tag);
                Set<String> chosen = new LinkedHashSet<>(tags.getValue());
                chosen.add(tag);
                tags.setItems(knownTags);
                tags.setValue(chosen);
            }
        });
        tags.addValueChangeListener(e -> save());
        tags.setWidthFull();

        areas.setLabel(getTranslation("journal.field.areas"));
        areas.setId("entry-areas");
        areas.setItems(queries.areaIds());
        areas.setItemLabelGenerator(a -> getTranslation("corePurpose." + a));
        areas.addValueChangeListener(e -> save());
        areas.setWidthFull();

        unit.setLabel(getTranslation("journal.field.unit"));
        unit.setHelperText(getTranslation("journal.field.unit.help"));
        unit.setId("entry-unit");
        // Every unit of every published course, searched by course or unit title as the author types, paged in the database.
        unit.setItems(query -> queries.linkableUnits(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setItemLabelGenerator(u -> u.courseTitle() + ": " + u.unitTitle());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> save());
        unit.setWidthFull();

        minutes.setLabel(getTranslation("journal.field.minutes"));
        minutes.setId("entry-minutes");
        minutes.setMin(0);
        minutes.setMax(EntryRules.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setValueChangeMode(ValueChangeMode.LAZY);
        minutes.addValueChangeListener(e -> save());
        cpd.setLabel(getTranslation("journal.field.cpd"));
        cpd.setId("entry-cpd");
        cpd.addValueChangeListener(e -> save());
        HorizontalLayout time = new HorizontalLayout(minutes, cpd);
        time.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        time.setWrap(true);

        status.setId("save-status");
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        Button finish = new Button(getTranslation("journal.finish"), e -> finish());
        finish.setId("finish-entry");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout footer = new HorizontalLayout(finish, status);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        backupOffer.setId("backup-offer");
        backupOffer.setVisible(false);
        backupOffer.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("journal.editor.help")), backupOffer, title, model, writing, tags, areas, unit, time, footer);

        if (entry == null) {
            id = null;
            version = 0;
            model.setValue(ReflectiveModel.FREE);
        } else {
            id = entry.id();
            version = entry.version();
            title.setValue(entry.title() == null ? "" : entry.title());
            texts.put(BODY, entry.body() == null ? "" : entry.body());
            texts.putAll(entry.sections());
            model.setValue(entry.model());
            knownTags.addAll(entry.tags());
            tags.setItems(knownTags);
            tags.setValue(entry.tags());
            areas.setValue(entry.areas());
            unit.setValue(entry.link());
            minutes.setValue(entry.minutesSpent());
            cpd.setValue(entry.countsAsCpd());
            status.setText(entry.draft() ? getTranslation("journal.status.draft") : "");
        }
        layOut(model.getValue());
        lastSaved = content();
        savedAtMillis = entry == null ? 0 : entry.updatedAt().atZone(clock.getZone()).toInstant().toEpochMilli();
        loading = false;
        getElement().executeJs(BACKUP_SCRIPT, journal.backupKey(id));
    }

    /**
     * The browser side of autosave's safety net. Text reaches the server at least once a second;
     * while the connection is down it cannot, and closing the tab would lose it. So on every
     * keystroke the browser also keeps the title and text boxes in its local storage, under a key
     * per sign-in and entry; the server tells it when a save has caught up with that copy, and the
     * copy is removed. Opening the entry again with a copy still there hands it to the server
     * ({@link #backupFound}), which offers it back if it differs from the saved text and is newer.
     */
    private static final String BACKUP_SCRIPT = """
        const editor = this;
        const read = () => {
          const fields = {};
          editor.querySelectorAll('vaadin-text-field, vaadin-text-area').forEach(box => {
            if (box.id === 'entry-title' || box.id.startsWith('section-')) fields[box.id] = box.value || '';
          });
          return fields;
        };
        const same = (a, b) => {
          const ka = Object.keys(a).sort(), kb = Object.keys(b).sort();
          return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
        };
        if (!editor.__journalBackup) {
          const state = editor.__journalBackup = { key: $0 };
          editor.addEventListener('input', () => {
            try {
              localStorage.setItem(state.key, JSON.stringify({ at: Date.now(), fields: read() }));
            } catch (e) { /* storage full or off: the server-side autosave still runs */ }
          });
          state.saved = (savedFields, newKey) => {
            const raw = localStorage.getItem(state.key);
            if (raw) {
              localStorage.removeItem(state.key);
              const copy = JSON.parse(raw);
              // Typed after what was saved: keep it, under the entry's own key from now on.
              if (!same(copy.fields, savedFields)) localStorage.setItem(newKey, raw);
            }
            state.key = newKey;
          };
          state.discard = () => localStorage.removeItem(state.key);
        } else {
          editor.__journalBackup.key = $0;
        }
        const raw = localStorage.getItem($0);
        if (raw) editor.$server.backupFound(raw);
        """;

    /** The browser found a copy of this entry that it kept while offline: offer it back if it is newer and differs. */
    @ClientCallable
    void backupFound(String json) {
        Backup backup;
        try {
            backup = Backup.parse(json);
        } catch (RuntimeException e) {
            discardBackup();
            return;
        }
        Map<String, String> now = fields(content());
        if (backup.fields().equals(now) || backup.at() <= savedAtMillis) {
            discardBackup();
            return;
        }
        backupOffer.removeAll();
        Button restore = new Button(getTranslation("journal.backup.restore"), e -> restore(backup));
        restore.setId("restore-backup");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("journal.backup.discard"), e -> {
            discardBackup();
            backupOffer.setVisible(false);
        });
        discard.setId("discard-backup");
        String when = java.time.Instant.ofEpochMilli(backup.at()).atZone(clock.getZone()).toLocalTime().format(TIME);
        HorizontalLayout buttons = new HorizontalLayout(restore, discard);
        backupOffer.add(new Paragraph(getTranslation("journal.backup.found", when)), buttons);
        backupOffer.addClassName("backup-offer");
        backupOffer.setVisible(true);
    }

    private void restore(Backup backup) {
        backupOffer.setVisible(false);
        loading = true;
        backup.fields().forEach((boxId, text) -> {
            if ("entry-title".equals(boxId)) {
                title.setValue(text.length() > EntryRules.MAX_TITLE ? text.substring(0, EntryRules.MAX_TITLE) : text);
            } else if (boxId.startsWith("section-")) {
                String key = boxId.substring("section-".length());
                TextArea box = boxes.get(key);
                if (box != null) {
                    box.setValue(text);
                } else {
                    texts.put(key, text); // a section of another model: kept, shown if the author switches back
                }
            }
        });
        loading = false;
        save();
    }

    private void discardBackup() {
        getElement().executeJs("this.__journalBackup && this.__journalBackup.discard()");
    }

    /** The title and text boxes as the browser keeps them: box id → text. */
    private Map<String, String> fields(EntryDraft d) {
        Map<String, String> f = new HashMap<>();
        f.put("entry-title", d.title());
        boxes.forEach((key, box) -> f.put("section-" + key, box.getValue()));
        return f;
    }

    /** A copy the browser kept: when (its clock, ms) and the boxes' text. */
    record Backup(long at, Map<String, String> fields) {

        static Backup parse(String json) {
            tools.jackson.databind.JsonNode node = tools.jackson.databind.json.JsonMapper.shared().readTree(json);
            Map<String, String> fields = new HashMap<>();
            node.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
            return new Backup(node.path("at").asLong(), fields);
        }
    }

    private void layOut(ReflectiveModel chosen) {
        writing.removeAll();
        boxes.clear();
        List<String> keys = chosen == null || chosen == ReflectiveModel.FREE ? List.of(BODY) : chosen.sections();
        for (String key : keys) {
            TextArea box = new TextArea(getTranslation(BODY.equals(key) ? "journal.field.body" : "journal.section." + key));
            box.setId("section-" + key);
            box.setWidthFull();
            box.setMinRows(BODY.equals(key) ? 8 : 3);
            box.setHelperText(BODY.equals(key) ? getTranslation("journal.field.body.help")
                : getTranslation("journal.section." + key + ".prompt"));
            box.setMaxLength(EntryRules.MAX_TEXT);
            box.setValue(texts.getOrDefault(key, ""));
            autosave(box);
            boxes.put(key, box);
            writing.add(box);
        }
    }

    private void autosave(AbstractField<?, String> field) {
        if (field instanceof TextArea area) {
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(AUTOSAVE_MILLIS);
        } else if (field instanceof TextField text) {
            text.setValueChangeMode(ValueChangeMode.TIMEOUT);
            text.setValueChangeTimeout(AUTOSAVE_MILLIS);
        }
        // Also send the text when the author leaves the box, without waiting for the timeout.
        field.getElement().addPropertyChangeListener("value", "change", e -> { });
        field.addValueChangeListener(e -> save());
    }

    private void keepTexts() {
        boxes.forEach((key, box) -> texts.put(key, box.getValue()));
    }

    /** What the form holds, without id and version (to tell whether anything changed since the last save). */
    private EntryDraft content() {
        keepTexts();
        ReflectiveModel m = model.getValue() == null ? ReflectiveModel.FREE : model.getValue();
        Map<String, String> sections = new LinkedHashMap<>();
        for (String key : m.sections()) {
            sections.put(key, texts.getOrDefault(key, ""));
        }
        return new EntryDraft(null, 0, title.getValue(), m, m == ReflectiveModel.FREE ? texts.getOrDefault(BODY, "") : "",
            sections, Set.copyOf(tags.getValue()), Set.copyOf(areas.getValue()), minutes.getValue(), cpd.getValue(),
            unit.getValue());
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
            status.setText(getTranslation("journal.saved", saved.at().format(TIME)));
            status.removeClassName("error");
        } catch (StaleEditException e) {
            staleEdit();
        } catch (RuleViolation e) {
            // Not saved until the author fixes it (e.g. minutes missing for CPD time): say what, keep the text.
            status.setText(getTranslation("journal.saving.refused"));
            status.addClassName("error");
            Feedback.explain(this, e);
        } catch (NotFoundException e) {
            // Deleted in another tab: keep the text here; a save would have nowhere to go.
            stale = true;
            status.setText(getTranslation("journal.saving.gone"));
            status.addClassName("error");
        }
    }

    private void saved(Saved saved, EntryDraft content) {
        boolean first = id == null;
        id = saved.id();
        version = saved.version();
        lastSaved = content;
        savedAtMillis = saved.at().atZone(clock.getZone()).toInstant().toEpochMilli();
        getElement().executeJs("this.__journalBackup && this.__journalBackup.saved(JSON.parse($0), $1)",
            toJson(fields(content)), journal.backupKey(id));
        if (first) {
            // A reload (or a restored tab) comes back to this entry, not to an empty new one.
            UI.getCurrent().getPage().getHistory().replaceState(null, "journal/write/" + id);
        }
    }

    private void staleEdit() {
        stale = true;
        status.setText(getTranslation("journal.stale"));
        status.addClassName("error");
        status.getElement().setAttribute("role", "alert");
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

    private static String toJson(Map<String, String> fields) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(fields);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "journal.new" : "journal.edit");
    }
}
