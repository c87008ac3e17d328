package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.reviews.domain.PersonChoice;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewActions;

import static org.centrecpd.reviews.ui.ReviewWords.actionState;

/**
 * A review's actions: a list of each action (owner, due date, state, the manager's response, the note when done);
 * while the review is open the partner adds, changes and removes them, each owned by someone working at the centre
 * today. After each change the page is shown afresh.
 */
class ActionsSection extends Section {

    private final ReviewActions actions;
    private final long reviewId;
    private final Runnable refresh;

    /** The list only (read-only). */
    ActionsSection(ReviewPage page, ReviewActions actions) {
        this(page, actions, false, () -> { });
    }

    ActionsSection(ReviewPage page, ReviewActions actions, boolean editable, Runnable refresh) {
        this.actions = actions;
        this.reviewId = page.id();
        this.refresh = refresh;
        add(list(page, editable));
        if (editable) {
            Button add = new Button(getTranslation("reviews.action.add"), VaadinIcon.PLUS.create(), e -> dialog(null));
            add.setId("review-add-action");
            add(add);
        }
    }

    private void dialog(ReviewPage.ActionLine existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "reviews.action.add" : "reviews.action.change"));
        TextArea body = new TextArea(getTranslation("reviews.action.body"));
        body.setMaxLength(2000);
        body.setWidthFull();
        body.setId("action-body");
        ComboBox<PersonChoice> owner = new ComboBox<>(getTranslation("reviews.action.owner"));
        List<PersonChoice> people = actions.possibleOwners(reviewId);
        owner.setItems(people);
        owner.setItemLabelGenerator(PersonChoice::name);
        owner.setId("action-owner");
        DatePicker due = Dates.picker(getTranslation("reviews.action.due"));
        due.setLocale(getLocale());
        due.setId("action-due");
        if (existing != null) {
            body.setValue(existing.body());
            people.stream().filter(p -> p.id() == existing.ownerPersonId()).findFirst().ifPresent(owner::setValue);
            due.setValue(existing.dueOn());
        }
        Button save = new Button(getTranslation("reviews.save"), e -> {
            if (owner.getValue() == null) {
                owner.setInvalid(true);
                owner.setErrorMessage(getTranslation("reviews.action.chooseOwner"));
                return;
            }
            try {
                if (existing == null) {
                    actions.add(reviewId, body.getValue(), owner.getValue().id(), due.getValue());
                } else {
                    actions.change(existing.id(), body.getValue(), owner.getValue().id(), due.getValue());
                }
                dialog.close();
                refresh.run();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("action-save");
        dialog.add(new VerticalLayout(body, owner, due));
        dialog.getFooter().add(new Button(getTranslation("reviews.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Component list(ReviewPage page, boolean editable) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("review-actions");
        if (page.actions().isEmpty()) {
            list.add(new Paragraph(getTranslation("reviews.actions.none")));
        }
        for (ReviewPage.ActionLine a : page.actions()) {
            Div item = new Div();
            item.addClassName("review-action");
            item.add(new Paragraph(a.body()), new Paragraph(getTranslation("reviews.action.summary", a.ownerName(),
                Dates.day(a.dueOn(), getLocale()), actionState(this, getLocale(), a.doneOn(), a.dueOn(), page.today()))));
            if (a.response() != null) {
                item.add(new Paragraph(getTranslation("reviews.responseWas", a.response())));
            }
            if (a.doneNote() != null) {
                item.add(new Paragraph(getTranslation("reviews.action.note", a.doneNote())));
            }
            if (editable) {
                Button change = new Button(getTranslation("reviews.action.change"), e -> dialog(a));
                change.getElement().setAttribute("aria-label", getTranslation("reviews.action.changeWhich", a.body()));
                Button remove = new Button(getTranslation("reviews.action.remove"), e -> remove(a));
                remove.getElement().setAttribute("aria-label", getTranslation("reviews.action.removeWhich", a.body()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                item.add(new HorizontalLayout(change, remove));
            }
            list.add(item);
        }
        return list;
    }

    private void remove(ReviewPage.ActionLine a) {
        try {
            actions.remove(a.id());
            Feedback.saved(this, "reviews.action.removed");
            refresh.run();
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
    }
}
