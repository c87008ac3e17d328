package org.centrecpd.casestudies.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.centrecpd.casestudies.service.CaseStudyCard;
import org.centrecpd.casestudies.service.MyCaseStudies;

/** A writer's or reviewer's own case studies not in the library: those in progress, and (if any) those withdrawn, apart. */
class MyCaseStudiesList extends Section {

    MyCaseStudiesList(MyCaseStudies mine) {
        setId("case-studies-in-progress");
        add(new H2(getTranslation("casestudies.inProgress")));
        if (mine.inProgress().isEmpty()) {
            add(new Paragraph(getTranslation("casestudies.inProgress.none")));
        } else {
            add(cards(mine.inProgress()));
        }
        if (!mine.withdrawn().isEmpty()) {
            UnorderedList withdrawn = cards(mine.withdrawn());
            withdrawn.setId("case-studies-withdrawn");
            add(new H3(getTranslation("casestudies.withdrawnList")), withdrawn);
        }
    }

    private UnorderedList cards(List<CaseStudyCard> cards) {
        UnorderedList list = new UnorderedList();
        for (CaseStudyCard c : cards) {
            list.add(new ListItem(new RouterLink(c.title(), CaseStudyView.class, CaseStudyView.parameters(c.id())),
                new Span(" — " + getTranslation("casestudies.status." + c.status().name()) + ", "
                    + getTranslation("casestudies.author", c.author()))));
        }
        return list;
    }
}
