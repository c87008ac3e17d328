package org.centrecpd.courses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.courses.service.CatalogueFilter;
import org.centrecpd.courses.service.CatalogueService;
import org.centrecpd.courses.service.CourseCard;
import org.centrecpd.courses.service.CpdSummary;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.organisation.JobRole;

/** Every course, filtered by kind, core-purpose area, audience, hours and words; and my CPD hours. */
@Route("courses")
@Menu(title = "nav.courses", order = 10, icon = "vaadin:academy-cap")
@PermitAll
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private final ComboBox<CourseKind> kind = new ComboBox<>();
    private final ComboBox<CorePurposeArea> area = new ComboBox<>();
    private final ComboBox<JobRole> audience = new ComboBox<>();
    private final BigDecimalField minHours = new BigDecimalField();
    private final BigDecimalField maxHours = new BigDecimalField();
    private final TextField text = new TextField();
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();

    public CatalogueView(CatalogueService catalogue, LearningService learning) {
        this.catalogue = catalogue;
        setId("catalogue");
        CpdSummary cpd = learning.myCpd();
        Paragraph hours = new Paragraph(getTranslation("courses.cpd", Hours.of(cpd.thisYear()), String.valueOf(cpd.year()),
            Hours.of(cpd.total())));
        hours.setId("my-cpd");

        kind.setLabel(getTranslation("courses.filter.kind"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        area.setLabel(getTranslation("courses.filter.area"));
        area.setItems(CorePurposeArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.key()));
        area.setWidth("24em");
        audience.setLabel(getTranslation("courses.filter.audience"));
        audience.setItems(Arrays.stream(JobRole.values()).sorted(Comparator.comparing(r -> getTranslation(r.key()))).toList());
        audience.setItemLabelGenerator(r -> getTranslation(r.key()));
        for (ComboBox<?> box : List.of(kind, area, audience)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        minHours.setLabel(getTranslation("courses.filter.minHours"));
        maxHours.setLabel(getTranslation("courses.filter.maxHours"));
        for (BigDecimalField field : List.of(minHours, maxHours)) {
            field.setWidth("10em");
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        text.setLabel(getTranslation("courses.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());

        kind.setId("filter-kind");
        area.setId("filter-area");
        audience.setId("filter-audience");
        minHours.setId("filter-min-hours");
        maxHours.setId("filter-max-hours");
        text.setId("filter-text");
        FlexLayout filters = new FlexLayout(kind, area, audience, minHours, maxHours, text);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("course-filters");
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        count.setId("course-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.setId("course-list");
        list.addClassName("course-list");
        add(hours, filters, count, list);
        refresh();
    }

    private void refresh() {
        BigDecimal min = nonNegative(minHours);
        BigDecimal max = nonNegative(maxHours);
        List<CourseCard> found = catalogue.catalogue(new CatalogueFilter(kind.getValue(), area.getValue(), audience.getValue(),
            min, max, text.getValue()));
        list.removeAll();
        found.forEach(c -> list.add(card(c)));
        count.setText(getTranslation("courses.count", found.size()));
    }

    private BigDecimal nonNegative(BigDecimalField field) {
        BigDecimal v = field.getValue();
        boolean bad = v != null && v.signum() < 0;
        field.setInvalid(bad);
        field.setErrorMessage(bad ? getTranslation("courses.filter.hours.invalid") : null);
        return bad ? null : v;
    }

    private Component card(CourseCard c) {
        Section card = new Section();
        card.addClassName("course-card");
        card.setId("course-" + c.slug());
        H2 title = new H2(new RouterLink(c.title(), CourseView.class, new RouteParameters("slug", c.slug())));
        Span meta = new Span(String.join(" · ", getTranslation(c.kind().key()), getTranslation("courses.hours", Hours.of(c.cpdHours())),
            getTranslation("courses.units", c.units()), getTranslation(c.status().key())));
        meta.addClassName("secondary");
        card.add(title, new Paragraph(c.summary()), meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.courses");
    }
}
