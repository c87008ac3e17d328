package org.centrecpd.courses.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.centrecpd.courses.service.CourseInProgress;
import org.centrecpd.courses.service.CpdSummary;
import org.centrecpd.courses.service.LearningService;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/**
 * "My learning" for a home page: my CPD hours and the courses I am part-way through, each a link
 * back to where I left off. Everyone who signs in is a learner, whatever their role.
 */
@SpringComponent
@Scope("prototype")
@NamedInterface("home-widgets")
public class MyLearning extends Section {

    public MyLearning(LearningService learning) {
        setId("my-learning");
        addClassName("my-learning");
        CpdSummary cpd = learning.myCpd();
        add(new H3(getTranslation("home.learning")),
            new Paragraph(getTranslation("courses.cpd", Hours.of(cpd.thisYear()), String.valueOf(cpd.year()),
                Hours.of(cpd.total()))));
        List<CourseInProgress> started = learning.myCoursesInProgress();
        if (started.isEmpty()) {
            add(new Paragraph(new RouterLink(getTranslation("home.learning.browse"), CatalogueView.class)));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (CourseInProgress c : started) {
            list.add(new ListItem(new RouterLink(c.title(), CourseView.class, CourseView.parameters(c.slug()))));
        }
        add(new Paragraph(getTranslation("home.learning.inProgress")), list);
    }
}
