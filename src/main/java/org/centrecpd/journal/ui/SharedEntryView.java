package org.centrecpd.journal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.StaffSharing;
import org.centrecpd.journal.service.SupervisionService;

/** A manager reads an entry a member of their staff shared with them (recorded for the author), and leaves feedback. */
@Route("supervision/entries/:id([0-9]+)")
@PermitAll
public class SharedEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupervisionService supervision;
    private Entry entry;

    public SharedEntryView(SupervisionService supervision) {
        this.supervision = supervision;
        setId("shared-entry");
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters(Map.of("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Journal entry");
        }
        StaffSharing author = supervision.authorOf(id);
        entry = supervision.open(id);
        removeAll();
        add(new RouterLink(getTranslation("supervision.back", author.fullName()), SupervisionView.class,
            SupervisionView.parameters(author.personId())));
        Paragraph by = new Paragraph(getTranslation("supervision.sharedBy", author.fullName()));
        by.addClassName("secondary");
        List<Entry.FeedbackRow> given = new ArrayList<>(entry.feedback());
        Component[] feedbackSection = {EntryView.feedback(given, getLocale(), this)};
        add(by, new EntryContent(entry, getLocale()), feedbackSection[0]);
        TextArea text = new TextArea(getTranslation("supervision.feedback.text"));
        text.setId("feedback-text");
        text.setWidthFull();
        text.setMinRows(3);
        text.setHelperText(getTranslation("supervision.feedback.help"));
        Paragraph sent = new Paragraph();
        sent.setId("feedback-sent");
        sent.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("supervision.feedback.send"), e -> {
            sent.setText("");
            try {
                given.add(supervision.giveFeedback(entry.id(), text.getValue()));
            } catch (NotFoundException gone) {
                // Unshared (or no longer their staff) since the page opened: access ends at once.
                Feedback.problem(this, getTranslation("supervision.feedback.gone"));
                return;
            } catch (RuntimeException ex) {
                if (Feedback.explain(this, ex)) {
                    return;
                }
                throw ex;
            }
            // The page stays where it is (not reloaded: that would count as opening the entry again); the feedback
            // joins the list above, and the confirmation is said beside the button the manager just pressed.
            Component updated = EntryView.feedback(given, getLocale(), this);
            replace(feedbackSection[0], updated);
            feedbackSection[0] = updated;
            text.clear();
            sent.setText(getTranslation("supervision.feedback.sentTo", author.fullName()));
            Feedback.saved(this, "supervision.feedback.sent");
        });
        send.setId("send-feedback");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, send, sent);
    }

    @Override
    public String getPageTitle() {
        return entry == null ? getTranslation("supervision.title") : EntryView.title(entry);
    }
}
