package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.service.CpdRecordService;

/** Checks a certificate's code (printed on it): anyone may, signed in or not, e.g. an employer. */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CpdRecordService records;

    public VerifyCertificateView(CpdRecordService records) {
        this.records = records;
        setId("verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        add(new H2(getTranslation("training.verify.title")));
        records.verify(code).ifPresentOrElse(c -> add(
                new Paragraph(getTranslation("training.verify.valid", code.strip().toUpperCase(java.util.Locale.ROOT))),
                new Paragraph(getTranslation("training.verify.details", c.personName(), c.courseTitle(), c.version(),
                    Dates.longDay(c.completedOn(), getLocale()), c.cpdHours().stripTrailingZeros().toPlainString()))),
            () -> add(new Paragraph(getTranslation("training.verify.unknown", code))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.verify.title");
    }
}
