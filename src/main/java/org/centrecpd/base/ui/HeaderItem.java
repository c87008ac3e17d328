package org.centrecpd.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module adds to the app's header (e.g. the notifications bell), declared as a bean so that the
 * shell (base) shows it without knowing the module. {@link #create()} is called once per page shell.
 */
public interface HeaderItem {

    Component create();
}
