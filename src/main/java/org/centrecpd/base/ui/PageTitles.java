package org.centrecpd.base.ui;

/** A page's document title names the view and then the service (WCAG 2.4.2): "My training – Centre CPD". */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(String viewTitle, String service) {
        return viewTitle == null || viewTitle.isBlank() || viewTitle.equals(service) ? service : viewTitle + " – " + service;
    }
}
