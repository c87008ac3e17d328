package org.centrecpd.training.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.training.service.CertificateCheck;
import org.centrecpd.training.service.CpdRecordService;

/**
 * Checks a certificate's code (printed on it): anyone may, signed in or not, e.g. an employer. It says whether the
 * certificate is valid, expired or withdrawn, in words and an icon, and shows no more than the name, course, dates
 * and issuer ({@link CertificateCheck} holds nothing else).
 */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CpdRecordService records;

    public VerifyCertificateView(CpdRecordService records) {
        this.records = records;
        setId("verify");
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        // A page outside the app's layout: its own h1 and main landmark.
        add(new com.vaadin.flow.component.html.H1(getTranslation("training.verify.title")));
        records.verify(code).ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("training.verify.unknown", code))));
    }

    private void show(CertificateCheck c) {
        var locale = getLocale();
        Paragraph state = new Paragraph();
        state.setId("verify-state");
        state.addClassName("verify-" + c.state().name().toLowerCase(java.util.Locale.ROOT));
        var icon = switch (c.state()) {
            case VALID -> VaadinIcon.CHECK_CIRCLE.create();
            case EXPIRED -> VaadinIcon.BAN.create();
            case WITHDRAWN -> VaadinIcon.CLOSE_CIRCLE.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("var(--lumo-icon-size-s)");
        String words = switch (c.state()) {
            case VALID -> getTranslation("training.verify.state.valid")
                + (c.validUntil() == null ? "" : " " + getTranslation("training.verify.state.validUntil", Dates.longDay(c.validUntil(), locale)));
            case EXPIRED -> getTranslation("training.verify.state.expired", Dates.longDay(c.validUntil(), locale));
            case WITHDRAWN -> getTranslation("training.verify.state.withdrawn", Dates.longDay(c.withdrawnOn(), locale));
        };
        state.add(icon, new com.vaadin.flow.component.html.Span(" " + words));
        Paragraph details = new Paragraph(getTranslation("training.verify.details", c.personName(), c.courseTitle(),
            Dates.longDay(c.completedOn(), locale)));
        details.setId("verify-details");
        Paragraph issuer = new Paragraph(getTranslation("training.verify.issuer", c.issuer(), Dates.longDay(c.issuedOn(), locale)));
        issuer.setId("verify-issuer");
        add(new Paragraph(getTranslation("training.verify.valid", c.code())), state, details, issuer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.verify.title");
    }
}
