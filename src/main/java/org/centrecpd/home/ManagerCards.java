package org.centrecpd.home;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.journal.service.JournalGlance;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.springframework.data.domain.PageRequest;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.RollUp;
import org.centrecpd.workshops.service.WorkshopGlance;

/**
 * A centre manager's work: training overdue or expiring among their staff, people waiting for a workshop place,
 * journal entries their staff shared for supervision that they have not opened, and their centre's completion
 * with its trend over the year. The training figures all come from the trend (one statement: today is its last
 * point), so they agree with each other and with the matrix. Six statements, whatever the numbers.
 */
@org.springframework.stereotype.Component
class ManagerCards {

    private final CompletionService completion;
    private final CentreService centres;
    private final WorkshopGlance workshops;
    private final JournalGlance journal;

    ManagerCards(CompletionService completion, CentreService centres, WorkshopGlance workshops, JournalGlance journal) {
        this.completion = completion;
        this.centres = centres;
        this.workshops = workshops;
        this.journal = journal;
    }

    List<HomeCard> cards(Component ui) {
        // A manager of one centre gets its own trend: the trend of all their centres first works out every person's
        // status on each day before it keeps those in scope, which on a year of data is the page's slowest query.
        List<CentreOverview> mine = centres.overviews("", PageRequest.of(0, 2));
        List<RollUp> trend = mine.size() == 1 ? completion.centreTrend(mine.get(0).id()) : completion.trend();
        CompletionFigures today = CompletionFigures.of(trend.get(trend.size() - 1));
        CompletionFigures yearAgo = CompletionFigures.of(trend.get(0));
        // One centre: its own matrix; several: the training page, which lists them.
        String training = mine.size() == 1 ? "training/centres/" + mine.get(0).id() : "training";
        long late = today.overdue() + today.renewalDue() + today.expired();
        WorkshopGlance.Waiting waiting = workshops.waitingForAPlace();
        JournalGlance.WaitingForMe shared = journal.waitingForMe();
        List<HomeCard> cards = new ArrayList<>(List.of(
            new HomeCard("card-overdue", ui.getTranslation("home.card.overdue.heading"), String.valueOf(late),
                ui.getTranslation("home.card.overdue.detail", today.overdue(), today.renewalDue(), today.expired()),
                ui.getTranslation("home.card.overdue.open"), training),
            new HomeCard("card-waiting", ui.getTranslation("home.card.waiting.heading"), String.valueOf(waiting.people()),
                ui.getTranslation("home.card.waiting.detail", waiting.people())
                    + (waiting.people() == 0 ? "" : ui.getTranslation("home.card.waiting.sessions", waiting.sessions())),
                ui.getTranslation("home.card.waiting.open"), "workshops"),
            completionCard(ui, "card-completion", today, yearAgo, training)));
        // Supervision is for whoever line-manages someone today; a deputy with a manager's sign-in who manages nobody
        // would have been sent to a page that answers "Page not found" (found by the load test's manager journey).
        if (shared.supervises()) {
            cards.add(2, new HomeCard("card-shared", ui.getTranslation("home.card.shared.heading"), String.valueOf(shared.entries()),
                ui.getTranslation("home.card.shared.detail", shared.entries())
                    + (shared.entries() == 0 ? "" : ui.getTranslation("home.card.shared.staff", shared.staff())),
                ui.getTranslation("home.card.shared.open"), "supervision"));
        }
        return cards;
    }

    /** The completion figure; with the change since the trend's first day when {@code yearAgo} is given. */
    static HomeCard completionCard(Component ui, String id, CompletionFigures today, CompletionFigures yearAgo, String href) {
        int change = yearAgo == null ? 0 : today.percent() - yearAgo.percent();
        String trend = yearAgo == null ? "" : ui.getTranslation(change > 0 ? "home.card.completion.up" : change < 0 ? "home.card.completion.down"
            : "home.card.completion.same", Math.abs(change), yearAgo.percent());
        return new HomeCard(id, ui.getTranslation("home.card.completion.heading"), ui.getTranslation("home.card.percent", today.percent()),
            (ui.getTranslation("home.card.completion.detail", today.completed(), today.assigned(), today.centres()) + " " + trend).trim(),
            ui.getTranslation("home.card.completion.open"), href);
    }
}
