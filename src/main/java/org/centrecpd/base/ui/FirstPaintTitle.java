package org.centrecpd.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * The page that first loads a view already has its document title, before any script runs: the router sets a
 * view's title only once the first server round trip is done, and on a loaded machine a screen reader (or axe) met
 * an untitled page until then (WCAG 2.4.2). A view in the menu gets its menu name here; any other page the
 * product's name. The router's own title (in {@link MainLayout}) follows, with the same form.
 */
@Component
class FirstPaintTitle implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    FirstPaintTitle(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::title);
    }

    private void title(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        String route = path == null ? "" : path.replaceFirst("^/", "");
        String service = i18n.getTranslation("app.name", PageLanguage.EN_GB);
        String view = RouteConfiguration.forApplicationScope().getRoute(route)
            .map(target -> target.getAnnotation(Menu.class))
            .map(menu -> i18n.getTranslation(menu.title(), PageLanguage.EN_GB))
            .orElse(service);
        response.getDocument().title(PageTitles.of(view, service));
    }
}
