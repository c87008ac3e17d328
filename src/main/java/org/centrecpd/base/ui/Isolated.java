package org.centrecpd.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/**
 * Text someone else chose (a file name), shown in a {@code <bdi>}: whatever its direction, it cannot reorder
 * the text around it, and the text around it cannot reorder it.
 */
@Tag("bdi")
public class Isolated extends HtmlContainer {

    public Isolated(String text) {
        setText(text);
    }
}
