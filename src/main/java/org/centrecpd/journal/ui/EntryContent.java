package org.centrecpd.journal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.SafeMarkdown;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.journal.service.Entry;

/**
 * The text of an entry as its author wrote it: a course answer under its question, a free entry, or
 * a structured entry section by section. What the author typed is Markdown, rendered by the one
 * renderer (sanitised), so formatting survives and nothing typed can run as code.
 */
class EntryContent extends Composite<Div> {

    EntryContent(Entry entry, Locale locale) {
        Div root = getContent();
        root.addClassName("journal-entry");
        root.setId("entry-content");
        List<String> meta = new ArrayList<>();
        meta.add(getTranslation("journal.meta.written", Dates.day(entry.createdAt().toLocalDate(), locale)));
        meta.add(entry.courseAnswer() ? getTranslation("journal.kind.course", entry.link() == null ? "" : entry.link().courseTitle())
            : getTranslation(entry.model().key()));
        if (entry.minutesSpent() != null) {
            meta.add(getTranslation(entry.countsAsCpd() ? "journal.cpdMinutes" : "journal.minutes", entry.minutesSpent()));
        }
        Paragraph metaLine = new Paragraph(String.join(" · ", meta));
        metaLine.addClassName("secondary");
        root.add(metaLine);
        if (entry.link() != null) {
            root.add(new Paragraph(getTranslation("journal.meta.unit", entry.link().courseTitle(), entry.link().unitTitle())));
        }
        if (!entry.tags().isEmpty()) {
            root.add(new Paragraph(getTranslation("journal.meta.tags", String.join(", ", entry.tags().stream().sorted().toList()))));
        }
        if (!entry.areas().isEmpty()) {
            root.add(new Paragraph(getTranslation("journal.meta.areas", String.join(", ",
                entry.areas().stream().sorted().map(a -> getTranslation("corePurpose." + a)).toList()))));
        }
        if (entry.courseAnswer()) {
            root.add(section(getTranslation("journal.meta.question"), entry.prompt()));
            root.add(markdown(entry.body()));
        } else if (entry.model().sections().isEmpty()) {
            root.add(markdown(entry.body()));
        } else {
            for (String key : entry.model().sections()) {
                String text = entry.sections().get(key);
                Section s = new Section(new H3(getTranslation("journal.section." + key)));
                s.add(text == null || text.isBlank() ? new Paragraph(getTranslation("journal.section.empty")) : markdown(text));
                root.add(s);
            }
        }
    }

    private Section section(String heading, String text) {
        return new Section(new H3(heading), new Paragraph(text == null ? "" : text));
    }

    static Html markdown(String text) {
        return new Html("<div class=\"journal-text\">" + SafeMarkdown.toSafeHtml(text, "") + "</div>");
    }
}
