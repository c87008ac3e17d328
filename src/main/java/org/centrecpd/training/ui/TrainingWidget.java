package org.centrecpd.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.domain.MyAssignment;
import org.centrecpd.training.service.MyLearningPage;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/** "Assigned to me" for the home page: what is overdue or due soonest, with a link to all of it. */
@SpringComponent
@Scope("prototype")
@NamedInterface("home-widgets")
public class TrainingWidget extends Section {

    private static final int SHOWN = 5;

    public TrainingWidget(AssignmentService assignments) {
        setId("assigned-training");
        MyLearningPage page = assignments.myLearning();
        LocalDate today = page.today();
        add(new H3(getTranslation("training.widget.title")));
        List<MyAssignment> open = page.assignments().stream().filter(a -> a.status(today) != TrainingStatus.COMPLETED)
            .sorted(Comparator.comparing(a -> a.dueDate(today))).toList();
        if (page.assignments().isEmpty()) {
            add(new Paragraph(getTranslation("training.mine.none")));
            return;
        }
        add(new Paragraph(summary(this, page)));
        UnorderedList list = new UnorderedList();
        for (MyAssignment a : open.stream().limit(SHOWN).toList()) {
            list.add(new ListItem(new Anchor("courses/" + a.courseSlug(), a.courseTitle()), new com.vaadin.flow.component.html.Span(" — "),
                MyTrainingView.label(a, today)));
        }
        if (!open.isEmpty()) {
            add(list);
        }
        add(new Paragraph(new RouterLink(getTranslation("training.widget.all"), MyTrainingView.class)));
    }

    /** "2 overdue, 3 to do (renewals due included), 4 completed, 1 expired." */
    static String summary(Component in, MyLearningPage page) {
        LocalDate today = page.today();
        long overdue = page.assignments().stream().filter(a -> a.status(today) == TrainingStatus.OVERDUE).count();
        long completed = page.assignments().stream().filter(a -> a.status(today) == TrainingStatus.COMPLETED).count();
        long expired = page.assignments().stream().filter(a -> a.status(today) == TrainingStatus.EXPIRED).count();
        long due = page.assignments().size() - overdue - completed - expired;
        return in.getTranslation("training.mine.summary", overdue, due, completed, expired);
    }
}
