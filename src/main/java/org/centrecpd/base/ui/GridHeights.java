package org.centrecpd.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * How tall a main grid under a chart or a heading is. A centre's staff list or a matrix of a few dozen rows is shown
 * whole, so the page scrolls as one (at 200–400 % zoom too, where a box of its own would hold no row at all); a
 * longer one gets most of the window and scrolls inside itself, keeping its header and frozen name column in view.
 */
public final class GridHeights {

    /** Up to this many rows are all shown: a large children's centre has about this many staff. */
    public static final int ALL_ROWS_UP_TO = 60;

    private GridHeights() {
    }

    public static void showRows(Grid<?> grid, int rows) {
        boolean all = rows <= ALL_ROWS_UP_TO;
        grid.setAllRowsVisible(all);
        if (all) {
            grid.setHeight(null);
        } else {
            grid.setHeight("75vh");
            grid.setMinHeight("20rem");
        }
        // In a column layout a grid may otherwise be shrunk below its rows.
        grid.getStyle().set("flex-shrink", "0");
    }
}
