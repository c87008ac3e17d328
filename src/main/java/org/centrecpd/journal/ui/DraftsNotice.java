package org.centrecpd.journal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.journal.service.DraftRow;

/** My unfinished drafts offered back at the top of the journal, each a link to go on writing it (empty when there are none). */
class DraftsNotice extends Div {

    DraftsNotice(List<DraftRow> drafts, Locale locale) {
        setId("drafts");
        if (drafts.isEmpty()) {
            return;
        }
        addClassName("notice");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "drafts-heading");
        H2 heading = new H2(getTranslation("journal.drafts"));
        heading.setId("drafts-heading");
        add(heading);
        for (DraftRow d : drafts) {
            RouterLink link = new RouterLink(getTranslation("journal.drafts.continue",
                d.title() == null ? getTranslation("journal.untitled") : d.title(),
                Dates.day(d.updatedAt().toLocalDate(), locale), d.updatedAt().toLocalTime().withNano(0).toString()),
                EntryEditor.class, EntryEditor.parameters(d.id()));
            link.addClassName("draft-link");
            add(new Div(link));
        }
    }
}
