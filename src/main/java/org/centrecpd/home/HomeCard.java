package org.centrecpd.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One figure of a role's home: what it counts (the heading), the number, a line saying what it means, and the
 * link to act on it. The number is text, so it is read out with its heading; the link names where it goes.
 */
final class HomeCard extends ListItem {

    HomeCard(String id, String heading, String value, String detail, String linkText, String href) {
        setId(id);
        addClassName("home-card");
        Paragraph number = new Paragraph(value);
        number.addClassName("home-card-value");
        add(new H3(heading), number);
        if (detail != null && !detail.isBlank()) {
            add(new Paragraph(detail));
        }
        if (href != null) {
            add(new Anchor(href, linkText));
        }
    }

    /** The language of the screen being built (cards are made before they are attached). */
    static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.UK : ui.getLocale();
    }

    /** The number shown. */
    String value() {
        return getChildren().filter(c -> c.hasClassName("home-card-value")).findFirst()
            .map(c -> ((Paragraph) c).getText()).orElse("");
    }
}
