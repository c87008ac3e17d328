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
        Icon icon = icon(status, inProgress).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        addClassNames("training-status", className(status));
        add(icon, new Span(" " + getTranslation(key(status, inProgress), Dates.day(date, getLocale()))));
    }

    /**
     * The same label drawn by the browser from three values (a grid's LitRenderer, {@link CentreTrainingView}): no
     * server-side component per cell. A matrix of 30 people and 10 courses held 300 of these labels, four elements
     * each, in every manager's session that showed it.
     */
    static final String TEMPLATE = "<span class=\"training-status ${item.statusClass}\"><vaadin-icon icon=\"${item.statusIcon}\""
        + " aria-hidden=\"true\" style=\"width: var(--lumo-icon-size-s); height: var(--lumo-icon-size-s)\"></vaadin-icon>"
        + "<span> ${item.statusWords}</span></span>";

    static VaadinIcon icon(TrainingStatus status, boolean inProgress) {
        return switch (status) {
            case COMPLETED -> VaadinIcon.CHECK_CIRCLE;
            case OVERDUE -> VaadinIcon.EXCLAMATION_CIRCLE;
            case DUE -> inProgress ? VaadinIcon.HOURGLASS : VaadinIcon.CLOCK;
            case RENEWAL_DUE -> VaadinIcon.REFRESH;
            case EXPIRED -> VaadinIcon.BAN;
        };
    }

    static String className(TrainingStatus status) {
        return "training-status-" + status.name().toLowerCase(Locale.ROOT);
    }

    static String key(TrainingStatus status, boolean inProgress) {
        return status == TrainingStatus.DUE && inProgress ? "training.status.inProgress.on" : status.key() + ".on";
    }
}
