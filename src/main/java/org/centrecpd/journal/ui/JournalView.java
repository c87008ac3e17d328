package org.centrecpd.journal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.html.Section;
import java.util.Set;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.journal.domain.EntryRow;
import org.centrecpd.journal.service.NoteRow;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalExport;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalSharing;

/**
 * My journal: every entry I have written (course answers and reflections), newest first, filtered
 * and searched in the database; unfinished drafts offered back; a new entry; exports of what the
 * filters show.
 */
@Route("journal")
@Menu(title = "nav.journal", order = 20, icon = "vaadin:notebook")
@PermitAll
public class JournalView extends VerticalLayout implements HasDynamicTitle {

    private final transient JournalQueries journal;
    private final transient JournalSharing sharing;
    private EntryFilters filters;
    private final Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
    private final Paragraph count = new Paragraph();

    public JournalView(JournalQueries journal, JournalSharing sharing, JournalExport export) {
        this.journal = journal;
        this.sharing = sharing;
        setId("journal");
        if (!journal.hasJournal()) {
            add(new Paragraph(getTranslation("journal.noPerson")));
            return;
        }
        Locale locale = getLocale();
        add(EntryEditor.whoReads(this));
        add(new DraftsNotice(journal.myDrafts(), locale));

        Button write = new Button(getTranslation("journal.new"), VaadinIcon.PLUS.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(EntryEditor.class)));
        write.setId("new-entry");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = export.pdf(filter(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "my-journal-portfolio.pdf", "application/pdf", bytes.length);
        }), getTranslation("journal.export.pdf"));
        pdf.setId("export-pdf");
        Anchor markdown = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = export.markdown(filter(), locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "my-journal.md", "text/markdown", bytes.length);
        }), getTranslation("journal.export.markdown"));
        markdown.setId("export-markdown");
        Button shareSelected = new Button(getTranslation("journal.shareSelected"), e -> shareSelected());
        shareSelected.setId("share-selected");
        HorizontalLayout actions = new HorizontalLayout(write, shareSelected, pdf, markdown);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(actions);

        filters = new EntryFilters(journal, locale, this::refresh);
        add(filters, count, grid());
        refresh();
        List<NoteRow> notes = journal.mySupervisionNotes();
        if (!notes.isEmpty()) {
            Section section = new Section(new H2(getTranslation("journal.supervisionNotes")));
            section.setId("my-supervision-notes");
            notes.forEach(n -> section.add(SupervisionView.note(n, locale, this)));
            add(section);
        }
    }

    /** Shares the selected entries with one of my line managers: "for my next supervision". */
    private void shareSelected() {
        Set<EntryRow> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Feedback.problem(this, getTranslation("journal.shareSelected.none"));
            return;
        }
        List<JournalSharing.ShareTarget> managers = sharing.shareTargets();
        if (managers.isEmpty()) {
            Feedback.problem(this, getTranslation("journal.sharing.noManager"));
            return;
        }
        ComboBox<JournalSharing.ShareTarget> manager = new ComboBox<>(getTranslation("journal.shareSelected.manager"));
        manager.setItems(managers);
        manager.setItemLabelGenerator(m -> getTranslation("journal.share.target", m.fullName(), EntryView.shareReason(this, m)));
        manager.setValue(managers.getFirst());
        manager.setId("share-manager");
        manager.setRequired(true);
        new FormDialog(getTranslation("journal.shareSelected.title"), getTranslation("journal.shareSelected.action"))
            .with(new Paragraph(getTranslation("journal.shareSelected.text", selected.size())), EntryEditor.whoReads(this), manager)
            .onPrimary(() -> sharing.share(selected.stream().map(EntryRow::id).toList(), manager.getValue().personId()))
            .saying("journal.shareSelected.done", selected.size())
            .then(() -> {
                grid.deselectAll();
                refresh();
            })
            .open();
    }

    private Grid<EntryRow> grid() {
        Locale locale = getLocale();
        grid.setId("entries");
        grid.addColumn(r -> Dates.day(r.createdAt().toLocalDate(), locale)).setHeader(getTranslation("journal.col.date"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(shorten(r.title() == null ? getTranslation("journal.untitled") : r.title()),
                EntryView.class, EntryView.parameters(r.id()));
            return link;
        }).setHeader(getTranslation("journal.col.title")).setFlexGrow(3);
        grid.addColumn(r -> r.model() == null
                ? getTranslation("journal.kind.course", r.courseTitle() == null ? "" : r.courseTitle())
                : getTranslation(r.model().key()))
            .setHeader(getTranslation("journal.col.kind")).setFlexGrow(2);
        grid.addColumn(r -> status(r)).setHeader(getTranslation("journal.col.status")).setFlexGrow(1);
        grid.addColumn(r -> r.countsAsCpd() && r.minutesSpent() != null
                ? getTranslation("journal.cpdMinutes", r.minutesSpent()) : "")
            .setHeader(getTranslation("journal.col.cpd")).setAutoWidth(true).setFlexGrow(0);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(q -> journal.mine(filter(), Lazy.page(q)).stream(), q -> (int) journal.countMine(filter()));
        grid.setAllRowsVisible(false);
        grid.setMinHeight("20rem");
        return grid;
    }

    private String status(EntryRow r) {
        if (r.draft()) {
            return getTranslation("journal.status.draft");
        }
        return r.shares() > 0 ? getTranslation("journal.status.shared") : getTranslation("journal.status.private");
    }

    static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "…";
    }

    EntryFilter filter() {
        return filters.filter();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("journal.count", journal.countMine(filter())));
        count.setId("journal-count");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.title");
    }
}
