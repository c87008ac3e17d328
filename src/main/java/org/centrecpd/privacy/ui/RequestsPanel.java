package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.privacy.service.SubjectAccess;

/**
 * Requests for a copy of a person's records, as a data protection officer works through them: due dates with the
 * overdue ones marked, the copy to download or a new link to it, and raising one that came by letter.
 */
class RequestsPanel extends VerticalLayout {

    private final SubjectAccess subjectAccess;
    private final Grid<SubjectAccess.RequestRow> requests = new Grid<>();

    RequestsPanel(SubjectAccess subjectAccess, java.util.function.Function<String, PersonPicker> picker) {
        this.subjectAccess = subjectAccess;
        Locale locale = Locale.UK;
        requests.addColumn(SubjectAccess.RequestRow::person).setHeader(getTranslation("privacy.person")).setFlexGrow(2);
        requests.addColumn(r -> getTranslation("privacy.channel." + r.channel().name())).setHeader(getTranslation("privacy.channel"));
        requests.addColumn(r -> Dates.day(r.receivedOn(), locale)).setHeader(getTranslation("privacy.received"));
        requests.addComponentColumn(r -> {
            Span due = new Span(Dates.day(r.dueOn(), locale) + (r.overdue() ? " — " + getTranslation("privacy.overdue") : ""));
            if (r.overdue()) {
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("privacy.due"));
        requests.addColumn(r -> r.fulfilledAt() == null ? getTranslation("privacy.open")
            : getTranslation("privacy.fulfilled", Dates.day(java.time.LocalDate.ofInstant(r.fulfilledAt(), java.time.ZoneId.of("Europe/London")), locale)))
            .setHeader(getTranslation("privacy.status"));
        requests.addComponentColumn(r -> r.downloadable()
            ? CopyLink.of(subjectAccess, r, getTranslation("privacy.download"), getTranslation("privacy.download.for", r.person()))
            : new Button(getTranslation("privacy.newLink"), e -> {
                subjectAccess.newLink(r.id());
                Feedback.saved(this, "privacy.newLink.done");
                showRequests();
            })).setHeader(getTranslation("privacy.copy"));
        requests.setAllRowsVisible(true);
        requests.setAriaLabel(getTranslation("privacy-requests"));
        requests.setId("privacy-requests");
        PersonPicker person = picker.apply("privacy.raise.person");
        person.setId("raise-person");
        Button raise = new Button(getTranslation("privacy.raise"), e -> {
            if (person.required().isEmpty()) {
                return;
            }
            subjectAccess.raiseFor(person.getValue().personId());
            Feedback.saved(this, "privacy.raise.done", person.getValue().fullName());
            person.clear();
            showRequests();
        });
        raise.setId("raise-request");
        HorizontalLayout raising = new HorizontalLayout(person, raise);
        raising.setAlignItems(FlexComponent.Alignment.BASELINE);
        showRequests();
        add(new Paragraph(getTranslation("privacy.requests.intro")), raising, new H3(getTranslation("privacy-requests")), requests);
    }

    private void showRequests() {
        requests.setItems(subjectAccess.all());
    }
}
