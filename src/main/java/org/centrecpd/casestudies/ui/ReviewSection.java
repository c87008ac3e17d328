package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.casestudies.domain.CaseStudyStatus;
import org.centrecpd.casestudies.service.CaseStudyPage;
import org.centrecpd.casestudies.service.CaseStudyReview;

/**
 * A case study's review: a comment, the steps the review allows from here (offered by the service, so only to
 * its reviewers), and its history.
 */
class ReviewSection extends Section {

    private final Runnable refresh;

    ReviewSection(long id, CaseStudyPage page, CaseStudyReview review, Runnable refresh) {
        this.refresh = refresh;
        add(new H2(getTranslation("casestudies.review")));
        setId("case-study-review");
        TextArea comment = new TextArea(getTranslation("casestudies.review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.add(action("casestudies.review.addComment", () -> review.comment(id, comment.getValue())));
        // The steps the review allows from here, for its reviewers (none for anyone else).
        for (CaseStudyStatus step : page.reviewSteps()) {
            switch (step) {
                case CHANGES_REQUESTED -> actions.add(action("casestudies.review.requestChanges", () -> review.requestChanges(id, comment.getValue())));
                case APPROVED -> actions.add(action("casestudies.review.approve", () -> review.approve(id)));
                case PUBLISHED -> actions.add(action("casestudies.review.publish", () -> review.publish(id, false)),
                    action("casestudies.review.publishAll", () -> review.publish(id, true)));
                case WITHDRAWN -> actions.add(action("casestudies.review.withdraw", () -> review.withdraw(id, comment.getValue())));
                case DRAFT -> { } // the author's change, by editing
            }
        }
        add(comment, actions, new H2(getTranslation("casestudies.review.history")));
        UnorderedList history = new UnorderedList();
        for (CaseStudyPage.Review r : page.reviews()) {
            history.add(new ListItem(Dates.day(r.at().toLocalDate(), getLocale()) + " · " + r.author() + " · "
                + getTranslation("casestudies.review." + r.action().name()) + (r.comment() == null ? "" : ": " + r.comment())));
        }
        history.setId("case-study-history");
        add(history);
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                run.run();
                Feedback.saved(this, "casestudies.done");
                refresh.run();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        if (key.endsWith("approve") || key.endsWith("publish")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }
}
