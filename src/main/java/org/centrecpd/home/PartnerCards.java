package org.centrecpd.home;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.centrecpd.casestudies.CaseStudyGlance;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.RollUp;

/**
 * An improvement partner's work: the centres that need attention, the case studies waiting for their review, and
 * the roll-up's headline across the centres they oversee. The training figures are today's roll-up (one statement),
 * so they agree with the roll-up page. The roll-up is the home page's (it also orders {@link CentresToVisit}), so
 * one statement here.
 */
@org.springframework.stereotype.Component
class PartnerCards {

    /**
     * A centre needs attention when under half its assignments are complete, or a certificate there has expired: the
     * same line the roll-up's reader would draw first.
     */
    static final int ATTENTION_BELOW_PERCENT = 50;

    private final CompletionService completion;
    private final CaseStudyGlance caseStudies;

    PartnerCards(CompletionService completion, CaseStudyGlance caseStudies) {
        this.completion = completion;
        this.caseStudies = caseStudies;
    }

    /**
     * Today's roll-up only, not its trend: the trend over dozens of centres is the heaviest query there is (the
     * roll-up page opens it only on request), and the first screen must not wait for it.
     */
    RollUp today() {
        return completion.rollUp(null);
    }

    List<HomeCard> cards(Component ui, RollUp latest) {
        CompletionFigures today = CompletionFigures.of(latest);
        List<RollUp.Line> centres = CompletionFigures.centres(latest.tree());
        long needing = centres.stream().filter(PartnerCards::needsAttention).count();
        int inReview = caseStudies.inReview();
        return List.of(
            new HomeCard("card-attention", ui.getTranslation("home.card.attention.heading"), String.valueOf(needing),
                ui.getTranslation("home.card.attention.detail", needing, centres.size(), ATTENTION_BELOW_PERCENT),
                ui.getTranslation("home.card.attention.open"), "training/roll-up"),
            new HomeCard("card-in-review", ui.getTranslation("home.card.review.heading"), String.valueOf(inReview),
                ui.getTranslation("home.card.review.detail", inReview), ui.getTranslation("home.card.review.open"), "case-studies"),
            ManagerCards.completionCard(ui, "card-roll-up", today, null, "training/roll-up"));
    }

    static boolean needsAttention(RollUp.Line centre) {
        return centre.assigned() > 0 && (centre.percentComplete() < ATTENTION_BELOW_PERCENT || centre.expired() > 0);
    }
}
