package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.Locale;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.TrainingStatus;

/**
 * A status as an icon and words ("Completed 10 Feb 2026", "Overdue, due 28 Feb 2026", "Expired, was valid until
 * 1 Mar 2026"): never
 * colour alone. The icon is decoration; the words carry the meaning for every reader.
 */
final class StatusLabel extends Span {

    /**
     * @param date       completion date when completed, the valid-until date when renewal is due or expired, else the due date
     * @param inProgress the course is started (shown for "due" only)
     */
    StatusLabel(TrainingStatus status, LocalDate date, boolean inProgress) {
        Icon icon = switch (status) {
            case COMPLETED -> VaadinIcon.CHECK_CIRCLE.create();
            case OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case DUE -> inProgress ? VaadinIcon.HOURGLASS.create() : VaadinIcon.CLOCK.create();
            case RENEWAL_DUE -> VaadinIcon.REFRESH.create();
            case EXPIRED -> VaadinIcon.BAN.create();
        };
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        addClassNames("training-status", "training-status-" + status.name().toLowerCase(Locale.ROOT));
        add(icon, new Span(" " + getTranslation(key(status, inProgress), Dates.day(date, getLocale()))));
    }

    static String key(TrainingStatus status, boolean inProgress) {
        return status == TrainingStatus.DUE && inProgress ? "training.status.inProgress.on" : status.key() + ".on";
    }
}
