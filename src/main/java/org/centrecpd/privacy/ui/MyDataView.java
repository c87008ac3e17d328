package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.privacy.service.SubjectAccess;

/**
 * A person's own data: ask for a copy of everything held about them (linked from their CPD record), see their
 * requests with the date each is due, and download the copy while its link is valid.
 */
@Route("privacy/my-data")
@PermitAll
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    private final SubjectAccess subjectAccess;
    private final Grid<SubjectAccess.RequestRow> requests = new Grid<>();

    public MyDataView(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
        add(new Paragraph(getTranslation("privacy.mine.intro")));
        Button ask = new Button(getTranslation("privacy.mine.ask"), e -> {
            try {
                subjectAccess.requestMine();
                Feedback.saved(this, "privacy.mine.asked");
                show();
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        ask.setId("ask-for-copy");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requests.addColumn(r -> Dates.day(r.receivedOn(), UI.getCurrent().getLocale())).setHeader(getTranslation("privacy.received"));
        requests.addColumn(r -> Dates.day(r.dueOn(), UI.getCurrent().getLocale())).setHeader(getTranslation("privacy.due"));
        requests.addColumn(r -> getTranslation("privacy.channel." + r.channel().name())).setHeader(getTranslation("privacy.channel"));
        requests.addComponentColumn(r -> r.downloadable()
            ? CopyLink.of(subjectAccess, r, getTranslation("privacy.download"), getTranslation("privacy.download.of", Dates.day(r.receivedOn(), UI.getCurrent().getLocale())))
            : new Span(getTranslation("privacy.expired"))).setHeader(getTranslation("privacy.copy"));
        requests.setAllRowsVisible(true);
        requests.setAriaLabel(getTranslation("privacy.mine.requests"));
        requests.setId("my-requests");
        add(ask, new H2(getTranslation("privacy.mine.requests")), requests,
            new Paragraph(getTranslation("privacy.mine.notice")), new Anchor("privacy", getTranslation("privacy.notice.link")));
        show();
    }

    private void show() {
        requests.setItems(subjectAccess.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.mine.title");
    }
}
