package org.centrecpd.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.Pageable;

/** Grids page in the database: a grid's query becomes a Spring {@link Pageable}. */
public final class Lazy {

    private Lazy() {
    }

    public static Pageable page(Query<?, ?> query) {
        return VaadinSpringDataHelpers.toSpringPageRequest(query);
    }
}
