package org.centrecpd.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.domain.MyAssignment;
import org.centrecpd.training.service.MyLearningPage;

/** Training assigned to me: overdue first, then by due date, each a link straight into the course. */
@Route("training/mine")
@Menu(title = "nav.myTraining", order = 5, icon = "vaadin:clipboard-check")
@PermitAll
public class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    public MyTrainingView(AssignmentService assignments, org.centrecpd.audit.PersonalDataExports audit) {
        setId("my-training-view");
        MyLearningPage page = assignments.myLearning();
        LocalDate today = page.today();
        // The page's h1 (the layout's) already says "My training".
        com.vaadin.flow.component.checkbox.Checkbox reminders = new com.vaadin.flow.component.checkbox.Checkbox(
            getTranslation("training.reminders.label"), assignments.myRemindersOn());
        reminders.setId("reminders");
        reminders.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != e.getValue()) {
                assignments.setMyReminders(e.getValue());
                org.centrecpd.base.ui.Feedback.saved(this, e.getValue() ? "training.reminders.on" : "training.reminders.off");
            }
        });
        reminders.setVisible(assignments.myRemindersAvailable());
        add(reminders);
        if (page.assignments().isEmpty()) {
            add(new Paragraph(getTranslation("training.mine.none")));
            return;
        }
        add(new Paragraph(TrainingWidget.summary(this, page)));
        Grid<MyAssignment> grid = new Grid<>(MyAssignment.class, false);
        grid.addComponentColumn(a -> new Anchor("courses/" + a.courseSlug(), a.courseTitle()))
            .setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.required() ? "training.required" : "training.recommended"))
            .setHeader(getTranslation("training.kind"));
        grid.addColumn(a -> Dates.day(a.dueDate(today), getLocale())).setHeader(getTranslation("training.due"));
        grid.addComponentColumn(a -> label(a, today)).setHeader(getTranslation("training.status")).setFlexGrow(2);
        grid.setItems(page.assignments().stream()
            .sorted(java.util.Comparator.comparing((MyAssignment a) -> order(a.status(today))).thenComparing(a -> a.dueDate(today)))
            .toList());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("training.mine.title"));
        grid.setId("my-training");
        add(new ExportLinks("my-training", () -> new org.centrecpd.base.export.Table(getTranslation("training.mine.title"),
            java.util.List.of(getTranslation("training.course"), getTranslation("training.kind"), getTranslation("training.due"),
                getTranslation("training.status"), getTranslation("training.completedOn"), getTranslation("training.validUntil")),
            assignments.myLearning().assignments().stream().map(a -> java.util.Arrays.<Object>asList(a.courseTitle(),
                getTranslation(a.required() ? "training.required" : "training.recommended"), a.dueDate(today),
                getTranslation(a.status(today).key()), a.completedOn(), a.expiresOn())).toList()), audit), grid);
    }

    static StatusLabel label(MyAssignment a, LocalDate today) {
        TrainingStatus status = a.status(today);
        return new StatusLabel(status, status == TrainingStatus.COMPLETED ? a.completedOn() : a.dueDate(today), a.started());
    }

    private static int order(TrainingStatus status) {
        return switch (status) {
            case EXPIRED -> 0;
            case OVERDUE -> 1;
            case RENEWAL_DUE, DUE -> 2;
            case COMPLETED -> 3;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.mine.title");
    }
}
