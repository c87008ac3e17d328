package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.centrecpd.courses.PreWorkUnit;
import org.centrecpd.workshops.service.PreWorkMissing;

/**
 * The units a workshop asks to be completed before booking, in words and as links to each unit: on the session's page
 * for the person who has still to do them, and in the question a manager booking their staff is asked.
 */
final class PreWorkNotice {

    private PreWorkNotice() {
    }

    /** "Complete these units before booking a place", with a link to each. */
    static Div mine(Component page, List<PreWorkUnit> units) {
        Div notice = new Div(new Paragraph(page.getTranslation("workshops.preWork.intro", units.size())), links(units));
        notice.setId("pre-work");
        return notice;
    }

    /** Asks the manager whether to book their member of staff anyway; {@code bookAnyway} runs only if they say so. */
    static ConfirmDialog askToBookAnyway(Component page, PreWorkMissing missing, Runnable bookAnyway) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("pre-work-confirm");
        dialog.setHeader(page.getTranslation("workshops.preWork.title"));
        dialog.setText(new Div(new Paragraph(page.getTranslation(missing.messageKey(), missing.arguments())), links(missing.units())));
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("workshops.preWork.dontBook"));
        // Dark text: Lumo's blue tertiary text on the dialog's footer falls short of 4.5:1 (axe, WCAG 1.4.3).
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.setConfirmText(page.getTranslation("workshops.preWork.bookAnyway"));
        dialog.addConfirmListener(e -> bookAnyway.run());
        dialog.open();
        return dialog;
    }

    private static UnorderedList links(List<PreWorkUnit> units) {
        UnorderedList list = new UnorderedList();
        units.forEach(u -> list.add(new ListItem(new Anchor(u.path(), u.title()))));
        return list;
    }
}
