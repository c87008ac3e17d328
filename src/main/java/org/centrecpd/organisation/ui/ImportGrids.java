package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;
import org.centrecpd.organisation.importing.ImportProblem;
import org.centrecpd.organisation.importing.PlannedChange;

/** The two tables of an import's preview: every problem by row and column, or every change it will make. */
final class ImportGrids {

    private ImportGrids() {
    }

    static Grid<ImportProblem> problems(List<ImportProblem> list, Function<ImportProblem, String> message) {
        Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
        problems.addColumn(pr -> pr.row() == 0 ? "" : String.valueOf(pr.row())).setHeader(text("import.row"))
            .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(pr -> pr.column() == null ? "" : pr.column()).setHeader(text("import.column")).setAutoWidth(true);
        problems.addColumn(message::apply).setHeader(text("import.message")).setFlexGrow(3);
        problems.setItems(list);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(list.size() <= 20);
        problems.setAriaLabel(text("import.problems", list.size()));
        problems.setId("import-problems");
        return problems;
    }

    static Grid<PlannedChange> changes(List<PlannedChange> list) {
        Grid<PlannedChange> changes = new Grid<>(PlannedChange.class, false);
        changes.addColumn(c -> c.row() == 0 ? "" : String.valueOf(c.row())).setHeader(text("import.row"))
            .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> text(c.kind().key())).setHeader(text("import.kind")).setAutoWidth(true);
        changes.addColumn(PlannedChange::subject).setHeader(text("import.subject")).setFlexGrow(2);
        changes.addColumn(PlannedChange::detail).setHeader(text("import.detail")).setFlexGrow(3);
        changes.setItems(list);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setHeight("24rem");
        changes.setAriaLabel(text("import.changes"));
        changes.setId("import-changes");
        return changes;
    }

    /** The screen's own texts, in the person's locale (what a component's getTranslation gives). */
    private static String text(String key, Object... arguments) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, arguments);
    }
}
