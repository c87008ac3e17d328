package org.centrecpd.journal.service;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.journal.ReflectiveModel;

/** A journal as one Markdown document: what people write is Markdown already, so it is kept as written. */
final class PortfolioMarkdown {

    private PortfolioMarkdown() {
    }

    /** A table cell: a pipe or a line break would end it. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    static String of(List<Entry> entries, String name, LocalDate today, ExportWording t) {
        return of(entries, List.of(), name, today, t);
    }

    static String of(List<Entry> entries, List<ExternalLearning.Item> external, String name, LocalDate today, ExportWording t) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t.get("journal.export.title", name)).append("\n\n");
        md.append(t.get("journal.export.date", t.day(today))).append("\n\n");
        for (Entry e : entries) {
            md.append("## ").append(t.heading(e)).append("\n\n");
            md.append("*").append(t.meta(e)).append("*\n\n");
            if (e.link() != null) {
                md.append(t.get("journal.meta.unit", e.link().courseTitle(), e.link().unitTitle())).append("\n\n");
            }
            if (!e.tags().isEmpty()) {
                md.append(t.get("journal.meta.tags", String.join(", ", e.tags().stream().sorted().toList()))).append("\n\n");
            }
            if (!e.areas().isEmpty()) {
                md.append(t.get("journal.meta.areas", String.join(", ",
                    e.areas().stream().sorted().map(a -> t.get("corePurpose." + a)).toList()))).append("\n\n");
            }
            if (e.courseAnswer()) {
                md.append("> ").append(ExportWording.nullToEmpty(e.prompt()).replace("\n", "\n> ")).append("\n\n");
                md.append(ExportWording.nullToEmpty(e.body()).strip()).append("\n\n");
            } else if (e.model() == ReflectiveModel.FREE) {
                md.append(ExportWording.nullToEmpty(e.body()).strip()).append("\n\n");
            } else {
                for (String key : e.model().sections()) {
                    md.append("### ").append(t.get("journal.section." + key)).append("\n\n");
                    md.append(ExportWording.nullToEmpty(e.sections().get(key)).strip()).append("\n\n");
                }
            }
            for (Entry.FeedbackRow f : e.feedback()) {
                md.append("### ").append(t.get("journal.feedback.from", f.authorName(), t.day(f.writtenAt().toLocalDate())))
                    .append("\n\n").append(f.body().strip()).append("\n\n");
            }
        }
        if (!external.isEmpty()) {
            md.append("## ").append(t.get("journal.export.external")).append("\n\n");
            md.append("| ").append(String.join(" | ", List.of("title", "provider", "date", "hours", "course").stream()
                .map(k -> t.get("journal.export.external." + k)).toList())).append(" |\n|---|---|---|---|---|\n");
            for (ExternalLearning.Item item : external) {
                md.append("| ").append(cell(item.title())).append(" | ").append(cell(item.provider())).append(" | ")
                    .append(t.day(item.completedOn())).append(" | ").append(item.cpdHours().stripTrailingZeros().toPlainString())
                    .append(" | ").append(cell(item.course())).append(" |\n");
            }
            md.append("\n");
        }
        return md.toString();
    }
}
