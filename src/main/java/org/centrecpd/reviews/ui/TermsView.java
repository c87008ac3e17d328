package org.centrecpd.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.reviews.Season;
import org.centrecpd.reviews.domain.AuthorityChoice;
import org.centrecpd.reviews.domain.ReviewTerm;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.reviews.service.TermCalendar;
import org.centrecpd.security.Role;

/**
 * An admin sets an authority's term dates for a school year (the English defaults until changed) and how
 * many times a year it reviews each centre.
 */
@Route("reviews/terms")
@Menu(title = "nav.reviewTerms", order = 25, icon = "vaadin:calendar")
@RolesAllowed(Role.ADMIN_NAME)
public class TermsView extends VerticalLayout implements HasDynamicTitle {

    private final TermCalendar calendar;
    private final ComboBox<AuthorityChoice> authority = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Map<Season, DatePicker[]> pickers = new EnumMap<>(Season.class);
    private final RadioButtonGroup<Integer> frequency = new RadioButtonGroup<>();

    public TermsView(TermCalendar calendar, ReviewLists reviews) {
        this.calendar = calendar;
        setId("review-terms");
        add(new Paragraph(getTranslation("reviews.terms.intro")));
        authority.setLabel(getTranslation("reviews.authority"));
        authority.setItems(calendar.authorities());
        authority.setItemLabelGenerator(AuthorityChoice::name);
        authority.setId("terms-authority");
        int current = reviews.currentTerm().schoolYear();
        year.setLabel(getTranslation("reviews.schoolYear"));
        year.setItems(IntStream.rangeClosed(current - 1, current + 1).boxed().toList());
        year.setItemLabelGenerator(y -> y + "/" + ((y + 1) % 100));
        year.setValue(current);
        year.setId("terms-year");
        add(new HorizontalLayout(authority, year));
        for (Season season : Season.values()) {
            DatePicker first = Dates.picker(getTranslation("reviews.terms.first", getTranslation(season.key())));
            DatePicker last = Dates.picker(getTranslation("reviews.terms.last", getTranslation(season.key())));
            first.setLocale(getLocale());
            last.setLocale(getLocale());
            first.setId("term-" + season.name().toLowerCase() + "-first");
            last.setId("term-" + season.name().toLowerCase() + "-last");
            pickers.put(season, new DatePicker[] {first, last});
            HorizontalLayout row = new HorizontalLayout(first, last);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(new H2(getTranslation(season.key())), row);
        }
        frequency.setLabel(getTranslation("reviews.frequency"));
        frequency.setItems(3, 2, 1);
        frequency.setItemLabelGenerator(n -> getTranslation("reviews.frequency." + n));
        frequency.setId("terms-frequency");
        Button save = new Button(getTranslation("reviews.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("terms-save");
        add(frequency, save);
        authority.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        List<AuthorityChoice> all = calendar.authorities();
        if (!all.isEmpty()) {
            authority.setValue(all.getFirst());
        }
    }

    private void load() {
        if (authority.getValue() == null || year.getValue() == null) {
            return;
        }
        for (ReviewTerm term : calendar.termsOf(authority.getValue().id(), year.getValue())) {
            DatePicker[] p = pickers.get(term.getSeason());
            p[0].setValue(term.firstDay());
            p[1].setValue(term.lastDay());
        }
        frequency.setValue(calendar.frequencyOf(authority.getValue().id()));
    }

    private void save() {
        if (authority.getValue() == null || year.getValue() == null) {
            return;
        }
        Map<Season, LocalDate[]> days = new EnumMap<>(Season.class);
        pickers.forEach((season, p) -> days.put(season, new LocalDate[] {p[0].getValue(), p[1].getValue()}));
        try {
            calendar.changeTerms(authority.getValue().id(), year.getValue(), days);
            calendar.changeFrequency(authority.getValue().id(), frequency.getValue() == null ? 3 : frequency.getValue());
            Feedback.saved(this, "reviews.terms.saved", authority.getValue().name());
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.terms.title");
    }
}
