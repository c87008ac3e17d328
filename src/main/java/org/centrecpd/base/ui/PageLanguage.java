package org.centrecpd.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every page declares its language (WCAG 3.1.1) and the app works in British English: dates,
 * numbers and texts follow en-GB whatever the browser sends.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    static final Locale EN_GB = Locale.UK;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html").attr("lang", "en-GB"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(EN_GB));
    }
}
