package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.RetentionClock;

/** The register of processing as a table: the same definitions the retention job applies. */
final class RegisterGrid {

    private RegisterGrid() {
    }

    static Grid<DataKind> of(Component in, List<DataKind> kinds) {
        Grid<DataKind> grid = new Grid<>();
        grid.addColumn(DataKind::name).setHeader(in.getTranslation("privacy.register.kind")).setFlexGrow(2);
        grid.addColumn(DataKind::purpose).setHeader(in.getTranslation("privacy.register.purpose")).setFlexGrow(3);
        grid.addColumn(k -> k.basis().words()).setHeader(in.getTranslation("privacy.register.basis")).setFlexGrow(2);
        grid.addColumn(DataKind::whoSees).setHeader(in.getTranslation("privacy.register.whoSees")).setFlexGrow(3);
        grid.addColumn(DataKind::storedIn).setHeader(in.getTranslation("privacy.register.stored")).setFlexGrow(2);
        grid.addColumn(k -> retention(in, k)).setHeader(in.getTranslation("privacy.register.retention")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(kinds);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(in.getTranslation("privacy.register.title"));
        grid.setId("privacy-register");
        return grid;
    }

    static String retention(Component in, DataKind kind) {
        return in.getTranslation(kind.clock() == RetentionClock.AFTER_LEAVING ? "privacy.register.afterLeaving" : "privacy.register.afterRecorded",
            kind.defaultMonths(), kind.disposal().words());
    }
}
