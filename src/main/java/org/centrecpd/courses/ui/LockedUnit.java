package org.centrecpd.courses.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A workshop's unit that opens once the learner attended a session (issue 32 §4): said in words, with what to do and
 * where, the padlock only beside them (never the only sign). The workshops page is named by its address: courses sit
 * below workshops and know none of its views.
 */
class LockedUnit extends Section {

    static final String WORKSHOPS_PAGE = "workshops";

    LockedUnit() {
        setId("unit-locked");
        var padlock = VaadinIcon.LOCK.create();
        padlock.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(getTranslation("unit.locked.title"));
        title.getStyle().set("font-weight", "600");
        Paragraph heading = new Paragraph(padlock, new Span(" "), title);
        Paragraph what = new Paragraph(getTranslation("unit.locked.what"));
        Anchor sessions = new Anchor(WORKSHOPS_PAGE, getTranslation("unit.locked.link"));
        sessions.setId("unit-locked-workshops");
        add(heading, what, new Paragraph(sessions));
        getElement().setAttribute("role", "status");
    }
}
