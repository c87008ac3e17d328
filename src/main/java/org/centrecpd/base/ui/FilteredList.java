package org.centrecpd.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Pageable;

/**
 * A toolbar with a filter box over a grid that pages, filters and counts in the database: the shape
 * of every admin list. The caller adds the grid's columns and says what opening a row does.
 *
 * @param <T> the row type (a record from a service)
 */
public class FilteredList<T> extends VerticalLayout {

    private final Grid<T> grid;
    private final ViewToolbar toolbar;
    private T focused;

    public FilteredList(Class<T> rowType, String filterLabel, SerializableBiFunction<String, Pageable, List<T>> page,
                        SerializableFunction<String, Long> count) {
        grid = new Grid<>(rowType, false);
        toolbar = new ViewToolbar(filterLabel, this::refresh);
        grid.setItems(q -> page.apply(toolbar.filterText(), Lazy.page(q)).stream(),
            q -> count.apply(toolbar.filterText()).intValue());
        setSizeFull();
        setPadding(false);
        // The grid fills the height it is given, but is never squeezed below a few rows (at 200-400 % zoom the page scrolls).
        grid.setMinHeight("16rem");
        add(toolbar, grid);
    }

    public Grid<T> grid() {
        return grid;
    }

    /** Opens a row with a click, or with Enter on the focused row (keyboard users). */
    public FilteredList<T> onOpen(Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open.accept(focused);
            }
        }).setFilter("event.key === 'Enter'");
        return this;
    }

    public FilteredList<T> withPrimaryAction(String text, Runnable action) {
        toolbar.withPrimaryAction(text, action);
        return this;
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
