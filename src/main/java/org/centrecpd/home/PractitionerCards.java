package org.centrecpd.home;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.journal.service.DraftRow;
import org.centrecpd.journal.service.JournalGlance;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.training.service.TrainingGlance;
import org.centrecpd.workshops.service.WorkshopGlance;

/**
 * A practitioner's own work: the training due next (and the link that starts it), the next session they have a
 * place on, the journal entry they left unfinished, and the feedback their manager gave them lately. Four
 * statements, whatever the numbers.
 */
@org.springframework.stereotype.Component
class PractitionerCards {

    private final TrainingGlance training;
    private final WorkshopGlance workshops;
    private final JournalQueries journal;
    private final JournalGlance glance;

    PractitionerCards(TrainingGlance training, WorkshopGlance workshops, JournalQueries journal, JournalGlance glance) {
        this.training = training;
        this.workshops = workshops;
        this.journal = journal;
        this.glance = glance;
    }

    List<HomeCard> cards(Component ui) {
        return List.of(dueNext(ui), nextSession(ui), unfinished(ui), feedback(ui));
    }

    private HomeCard dueNext(Component ui) {
        TrainingGlance.ToDo toDo = training.myToDo();
        String heading = ui.getTranslation("home.card.due.heading");
        if (toDo.next().isEmpty()) {
            return new HomeCard("card-due-next", heading, "0", ui.getTranslation("home.card.due.none"),
                ui.getTranslation("home.card.due.browse"), "courses");
        }
        TrainingGlance.Next next = toDo.next().get();
        String when = ui.getTranslation(next.late() ? "home.card.due.wasDue" : "home.card.due.dueOn", next.courseTitle(),
            Dates.longDay(next.due(), HomeCard.locale()));
        return new HomeCard("card-due-next", heading, String.valueOf(toDo.count()),
            ui.getTranslation("home.card.due.detail", toDo.count()) + " " + when,
            ui.getTranslation(next.started() ? "home.card.due.continue" : "home.card.due.start", next.courseTitle()),
            "courses/" + next.courseSlug());
    }

    private HomeCard nextSession(Component ui) {
        WorkshopGlance.MySessions mine = workshops.mySessions();
        String heading = ui.getTranslation("home.card.session.heading");
        if (mine.next().isEmpty()) {
            return new HomeCard("card-next-session", heading, "0", ui.getTranslation("home.card.session.none"),
                ui.getTranslation("home.card.session.find"), "workshops");
        }
        WorkshopGlance.Session next = mine.next().get();
        return new HomeCard("card-next-session", heading, String.valueOf(mine.booked()),
            ui.getTranslation("home.card.session.detail", next.courseTitle(), Dates.longDay(next.startsAt().toLocalDate(), HomeCard.locale())),
            ui.getTranslation("home.card.session.open", next.courseTitle()), "workshops/" + next.sessionId());
    }

    private HomeCard unfinished(Component ui) {
        List<DraftRow> drafts = journal.myDrafts();
        String heading = ui.getTranslation("home.card.draft.heading");
        if (drafts.isEmpty()) {
            return new HomeCard("card-unfinished", heading, "0", ui.getTranslation("home.card.draft.none"),
                ui.getTranslation("home.card.draft.write"), "journal/write");
        }
        DraftRow draft = drafts.get(0);
        String title = draft.title() == null || draft.title().isBlank() ? ui.getTranslation("home.card.draft.untitled") : draft.title();
        return new HomeCard("card-unfinished", heading, String.valueOf(drafts.size()),
            ui.getTranslation("home.card.draft.detail", title, Dates.longDay(draft.updatedAt().toLocalDate(), HomeCard.locale())),
            ui.getTranslation("home.card.draft.carryOn", title), "journal/write/" + draft.id());
    }

    private HomeCard feedback(Component ui) {
        JournalGlance.FeedbackReceived received = glance.feedbackReceived();
        return new HomeCard("card-feedback", ui.getTranslation("home.card.feedback.heading"), String.valueOf(received.count()),
            ui.getTranslation("home.card.feedback.detail", received.count(), JournalGlance.RECENT_DAYS),
            ui.getTranslation(received.newestOnEntry().isPresent() ? "home.card.feedback.read" : "home.card.feedback.journal"),
            received.newestOnEntry().map(id -> "journal/" + id).orElse("journal"));
    }
}
