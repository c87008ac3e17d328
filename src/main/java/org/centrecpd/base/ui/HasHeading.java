package org.centrecpd.base.ui;

/**
 * A view whose h1 (drawn by {@link MainLayout}) differs from its document title: a search page is headed by its
 * name while its title says what was searched for.
 */
public interface HasHeading {

    String getHeading();
}
