package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Function;
import org.centrecpd.workshops.domain.QuestionWall;
import org.centrecpd.workshops.service.EvaluationResults;
import org.centrecpd.workshops.service.EvaluationService;

/**
 * A session's evaluation for the people who run it: how many answered, a table of counts per answer for
 * each question with a sentence that says the same, and the suggestions without names or dates once
 * enough people have answered. No chart: the counts are few, and a table reads the same to everyone.
 */
class EvaluationCounts extends Section {

    EvaluationCounts(EvaluationResults results) {
        setId("evaluation-counts");
        add(new H3(getTranslation("workshops.evaluation.results")),
            new Paragraph(getTranslation("workshops.evaluation.results.answered", results.answered(), results.attended())),
            new Paragraph(getTranslation("workshops.evaluation.results.anonymous")));
        if (results.answered() == 0) {
            add(new Paragraph(getTranslation("workshops.evaluation.results.none")));
            return;
        }
        add(new Paragraph(getTranslation("workshops.evaluation.results.usefulnessSummary", results.usefulOrVeryUseful(),
                results.answered())),
            table("evaluation-usefulness-counts", "workshops.evaluation.usefulness", results.usefulness(),
                level -> getTranslation("workshops.evaluation.usefulness." + level)));
        add(new Paragraph(getTranslation("workshops.evaluation.results.confidenceSummary", results.confidentOrVeryConfident(),
                results.answered())),
            table("evaluation-confidence-counts", "workshops.evaluation.confidence", results.confidence(),
                level -> getTranslation("workshops.evaluation.confidence." + level)));
        Map<QuestionWall, Long> wall = results.questionWall();
        add(new Paragraph(getTranslation("workshops.evaluation.results.wallSummary", wall.get(QuestionWall.ANSWERED),
                wall.get(QuestionWall.PARKED), wall.get(QuestionWall.STILL_OPEN), wall.get(QuestionWall.NONE_BROUGHT))),
            table("evaluation-wall-counts", "workshops.evaluation.wall", wall, outcome -> getTranslation(outcome.key())));
        add(new H4(getTranslation("workshops.evaluation.results.suggestions")));
        if (!results.suggestionsShown()) {
            add(new Paragraph(getTranslation("workshops.evaluation.results.suggestionsHidden", EvaluationService.FEWEST_FOR_SUGGESTIONS,
                results.answered())));
        } else if (results.suggestions().isEmpty()) {
            add(new Paragraph(getTranslation("workshops.evaluation.results.suggestionsNone")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("evaluation-suggestions");
            results.suggestions().forEach(s -> list.add(new ListItem(s)));
            add(list);
        }
    }

    /** A table of one question's counts: the question as its caption, a row per answer in words. */
    private <K> NativeTable table(String id, String questionKey, Map<K, Long> counts, Function<K, String> label) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("evaluation-table");
        table.setCaptionText(getTranslation(questionKey));
        NativeTableRow head = table.getHead().addRow();
        column(head, getTranslation("workshops.evaluation.results.answer"));
        column(head, getTranslation("workshops.evaluation.results.count"));
        counts.forEach((answer, count) -> {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(label.apply(answer));
            name.getElement().setAttribute("scope", "row");
            NativeTableCell cell = row.addDataCell();
            cell.setText(String.valueOf(count));
        });
        return table;
    }

    private static void column(NativeTableRow head, String text) {
        NativeTableHeaderCell cell = head.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "col");
    }
}
