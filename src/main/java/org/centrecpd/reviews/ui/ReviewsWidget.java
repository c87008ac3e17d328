package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.reviews.domain.ActionRow;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * Termly reviews on the home page. A partner: the reviews due this term across their centres, by state, with a
 * link to the list. Everyone: the review actions they own, and for a centre manager the open actions at their
 * centres; overdue in words, each to be marked done with a note. Hidden when there is nothing to show.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("home-widgets")
public class ReviewsWidget extends Section {

    private final ReviewActions actions;
    private final ReviewLists lists;
    private final boolean manager;
    private final boolean partner;
    private final LocalDate today;

    public ReviewsWidget(ReviewActions actions, ReviewLists lists, CurrentUser currentUser, java.time.Clock clock) {
        this.actions = actions;
        this.lists = lists;
        this.manager = currentUser.require().role() == Role.CENTRE_MANAGER;
        this.partner = currentUser.require().role() == Role.IMPROVEMENT_PARTNER;
        this.today = LocalDate.now(clock);
        setId("review-actions-widget");
        show();
    }

    private void show() {
        removeAll();
        List<ActionRow> mine = actions.mine();
        List<ActionRow> centres = manager ? actions.atMyCentres().stream()
            .filter(a -> mine.stream().noneMatch(m -> m.actionId() == a.actionId())).toList() : List.of();
        setVisible(partner || !mine.isEmpty() || !centres.isEmpty());
        if (partner) {
            var due = lists.due(lists.currentTerm());
            Paragraph summary = new Paragraph(getTranslation("reviews.due.summary", due.size(),
                due.stream().filter(l -> l.status() == null).count(),
                due.stream().filter(l -> l.status() != null && !l.status().isSignedOff()).count(),
                due.stream().filter(l -> l.status() != null && l.status().isSignedOff()).count(),
                due.stream().filter(org.centrecpd.reviews.service.DueLine::overdue).count()));
            summary.setId("reviews-due-summary");
            add(new H3(getTranslation("reviews.widget.due")), summary,
                new Paragraph(new com.vaadin.flow.router.RouterLink(getTranslation("reviews.widget.all"), ReviewsView.class)));
        }
        if (!mine.isEmpty()) {
            add(new H3(getTranslation("reviews.widget.mine")), list(mine, true));
        }
        if (!centres.isEmpty()) {
            add(new H3(getTranslation("reviews.widget.centres")), list(centres, true));
        }
    }

    private UnorderedList list(List<ActionRow> rows, boolean mayMark) {
        UnorderedList list = new UnorderedList();
        for (ActionRow a : rows) {
            ListItem item = new ListItem();
            String state = a.doneOn() != null ? getTranslation("reviews.action.doneOn", Dates.day(a.doneOn(), getLocale()))
                : a.isOverdueOn(today) ? getTranslation("reviews.action.overdueSince", Dates.day(a.dueOn(), getLocale()))
                : getTranslation("reviews.action.dueOn", Dates.day(a.dueOn(), getLocale()));
            var icon = a.doneOn() != null ? VaadinIcon.CHECK_CIRCLE.create() : a.isOverdueOn(today) ? VaadinIcon.EXCLAMATION_CIRCLE.create()
                : VaadinIcon.CLOCK.create();
            icon.setSize("var(--lumo-icon-size-s)");
            icon.getElement().setAttribute("aria-hidden", "true");
            item.add(new Span(a.body() + " (" + a.centre() + ", " + a.ownerName() + ") — "), icon, new Span(" " + state));
            if (mayMark && a.doneOn() == null) {
                Button done = new Button(getTranslation("reviews.action.markDone"), e -> markDone(a));
                done.getElement().setAttribute("aria-label", getTranslation("reviews.action.markDoneWhich", a.body()));
                done.addClassName("action-done");
                item.add(new Span(" "), done);
            }
            list.add(item);
        }
        return list;
    }

    private void markDone(ActionRow action) {
        Dialog dialog = new Dialog(getTranslation("reviews.action.markDone"));
        TextArea note = new TextArea(getTranslation("reviews.action.doneNote"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("action-done-note");
        Button save = new Button(getTranslation("reviews.action.markDone"), e -> {
            try {
                actions.markDone(action.actionId(), note.getValue());
                dialog.close();
                Feedback.saved(this, "reviews.action.marked");
                show();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        save.setId("action-done-save");
        dialog.add(new Paragraph(action.body()), note);
        dialog.getFooter().add(new Button(getTranslation("reviews.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
