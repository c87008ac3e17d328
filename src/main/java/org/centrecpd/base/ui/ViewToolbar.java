package org.centrecpd.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The bar above a list: a filter box that filters as the user pauses typing, and the view's primary
 * action (the view's title is already the app header's heading). It wraps on a phone.
 */
public class ViewToolbar extends Composite<HorizontalLayout> {

    private final TextField filter = new TextField();

    public ViewToolbar(String filterLabel, Runnable onFilter) {
        filter.setLabel(filterLabel);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.addValueChangeListener(e -> onFilter.run());
        HorizontalLayout bar = getContent();
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("view-toolbar");
        bar.add(filter);
    }

    /** The view's main action, e.g. "New centre". */
    public ViewToolbar withPrimaryAction(String text, Runnable action) {
        Button button = new Button(text, VaadinIcon.PLUS.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(button);
        return this;
    }

    /** What is typed in the filter box (never null). */
    public String filterText() {
        return filter.getValue();
    }
}
