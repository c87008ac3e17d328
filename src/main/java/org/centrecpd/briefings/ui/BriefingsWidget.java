package org.centrecpd.briefings.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.briefings.service.BriefingReading;
import org.springframework.context.annotation.Scope;
import org.springframework.modulith.NamedInterface;

/** New briefings on the home page: those sent to me that I have not read (or that changed since), newest first. */
@SpringComponent
@Scope("prototype")
@NamedInterface("home-widgets")
public class BriefingsWidget extends Section {

    public BriefingsWidget(BriefingReading briefings) {
        setId("briefings-widget");
        List<Rows.MyBriefing> fresh = briefings.mine().stream()
            .filter(b -> b.status() == org.centrecpd.briefings.BriefingStatus.PUBLISHED && (b.isUnread() || b.isRevisedSinceRead())).toList();
        setVisible(!fresh.isEmpty());
        if (fresh.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("briefings.widget.title", fresh.size())));
        UnorderedList list = new UnorderedList();
        for (Rows.MyBriefing b : fresh) {
            list.add(new ListItem(new RouterLink(b.reference() + " " + b.title(), BriefingView.class,
                new RouteParameters("briefingId", String.valueOf(b.id()))), new Span(" — " + (b.isUnread()
                ? getTranslation("briefings.unread") : getTranslation("briefings.revisedSinceRead"))
                + (b.actionDue() == null ? "" : ", " + getTranslation("briefings.page.actionBy", Dates.day(b.actionDue(), getLocale()))))));
        }
        add(list, new Paragraph(new RouterLink(getTranslation("briefings.widget.all"), BriefingsView.class)));
    }
}
