package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewPage;

import static org.centrecpd.reviews.ui.ReviewWords.or;
import static org.centrecpd.reviews.ui.ReviewWords.table;
import static org.centrecpd.reviews.ui.ReviewWords.visitLine;

/** A review as read once signed off (or by anyone who may neither write nor respond): judgements as a table, text, actions. */
class ReviewReading extends VerticalLayout {

    ReviewReading(ReviewPage page, ReviewActions actions) {
        setPadding(false);
        add(visitLine(this, getLocale(), page));
        List<List<Object>> rows = page.judgements().stream()
            .map(j -> List.<Object>of(getTranslation(j.area().key()), j.judgement() == null ? "—" : getTranslation(j.judgement().key()),
                or(j.commentary()), or(j.response())))
            .toList();
        add(table(this, "review-judgements", List.of("reviews.pack.area", "reviews.judgement", "reviews.commentary", "reviews.response"), rows),
            new H3(getTranslation("reviews.strengths")), new Paragraph(or(page.strengths())),
            new H3(getTranslation("reviews.priorities")), new Paragraph(or(page.priorities())), new H3(getTranslation("reviews.actions")),
            new ActionsSection(page, actions));
    }
}
