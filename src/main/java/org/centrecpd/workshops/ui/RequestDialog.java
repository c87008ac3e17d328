package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.workshops.domain.CourseChoice;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.service.RequestForm;
import org.centrecpd.workshops.service.SessionRequests;
import org.centrecpd.workshops.service.SessionService;

/** A centre manager asks for a workshop for one of their centres. */
class RequestDialog extends FormDialog {

    RequestDialog(SessionService sessions, SessionRequests requests, Runnable sent) {
        super("", "");
        setHeaderTitle(getTranslation("workshops.request.new"));
        primaryButton().setText(getTranslation("workshops.request.new"));
        setId("request-dialog");
        ComboBox<CourseChoice> course = new ComboBox<>(getTranslation("workshops.session.course"));
        course.setItems(sessions.courses());
        course.setItemLabelGenerator(CourseChoice::title);
        course.getListDataView().getItems().findFirst().ifPresent(course::setValue);
        course.setRequiredIndicatorVisible(true);
        course.setId("request-course");
        ComboBox<PersonChoice> centre = new ComboBox<>(getTranslation("workshops.request.centre"));
        centre.setItems(sessions.centres());
        centre.setItemLabelGenerator(PersonChoice::name);
        centre.getListDataView().getItems().findFirst().ifPresent(centre::setValue);
        centre.setRequiredIndicatorVisible(true);
        centre.setId("request-centre");
        TextField dates = new TextField(getTranslation("workshops.request.dates"));
        dates.setMaxLength(500);
        dates.setRequiredIndicatorVisible(true);
        dates.setId("request-dates");
        IntegerField people = new IntegerField(getTranslation("workshops.request.people"));
        people.setMin(1);
        people.setMax(SessionService.MAX_CAPACITY);
        people.setRequiredIndicatorVisible(true);
        people.setId("request-people");
        TextArea changes = new TextArea(getTranslation("workshops.request.changes"));
        changes.setMaxLength(SessionService.MAX_TEXT);
        changes.setRequiredIndicatorVisible(true);
        changes.setId("request-changes");
        FormLayout form = new FormLayout(course, centre, dates, people, changes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(changes, 2);
        add(form);
        onPrimary(() -> requests.request(new RequestForm(course.getValue() == null ? null : course.getValue().id(),
            centre.getValue() == null ? null : centre.getValue().id(), dates.getValue(), people.getValue(), changes.getValue())))
            .saying("workshops.request.sent").then(sent);
    }
}
