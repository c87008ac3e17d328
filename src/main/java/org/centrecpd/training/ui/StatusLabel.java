package org.centrecpd.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.domain.MatrixCell;

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

    /** A matrix cell as a label: completed with its day, otherwise with the day it is (or was) due. */
    static StatusLabel of(MatrixCell cell) {
        return new StatusLabel(cell.status(), day(cell), false);
    }

    /**
     * The grid column drawing a matrix cell in the browser ({@link #TEMPLATE}), the same words, icon and class as
     * {@link #of(MatrixCell)}; a row without the course says so in words.
     */
    static <R> LitRenderer<R> renderer(Function<R, MatrixCell> cellOf, Component translator, Locale locale) {
        return LitRenderer.<R>of(TEMPLATE)
            .withProperty("statusClass", row -> cellOf.apply(row) == null ? "" : className(cellOf.apply(row).status()))
            // An icon without a name draws nothing: "not assigned" is words alone, as in the cards.
            .withProperty("statusIcon", row -> cellOf.apply(row) == null ? ""
                : "vaadin:" + icon(cellOf.apply(row).status(), false).name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .withProperty("statusWords", row -> {
                MatrixCell cell = cellOf.apply(row);
                return cell == null ? translator.getTranslation("training.matrix.notAssigned")
                    : translator.getTranslation(key(cell.status(), false), Dates.day(day(cell), locale));
            });
    }

    private static LocalDate day(MatrixCell cell) {
        return cell.status() == TrainingStatus.COMPLETED ? cell.completedOn() : cell.effectiveDue();
    }

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
