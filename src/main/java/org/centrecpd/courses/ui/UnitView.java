package org.centrecpd.courses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.UnitCompletion;
import org.centrecpd.courses.service.UnitPage;

/**
 * The unit player: the unit's text, its reflective questions (answers saved into the learner's
 * journal while they type: at most about a second after they pause, and when they leave the box),
 * knowledge checks with feedback (options in the learner's own order), self-assessments (saved to
 * the journal at each choice, beside the learner's earlier ratings where the unit compares), then "Mark unit as complete" and the way on.
 */
@Route("courses/:slug/units/:order")
@PermitAll
public class UnitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Nothing typed longer ago than this (plus a round trip) is lost when the tab closes. */
    static final int AUTOSAVE_MILLIS = 1000;

    private final transient LearningService learning;
    private UnitPage page;
    /** Question id → the box and what was last saved from it. */
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Div outcome = new Div();
    private final Span completeStatus = new Span();

    private static final class Answer {
        final TextArea box;
        final SaveStatus status;
        String saved;

        Answer(TextArea box, SaveStatus status, String saved) {
            this.box = box;
            this.status = status;
            this.saved = saved;
        }
    }

    public UnitView(LearningService learning) {
        this.learning = learning;
        setId("unit");
        addClassName("unit-player");
        // Long lines are hard to read: keep the text to a comfortable measure on wide screens.
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(String slug, int order) {
        return new RouteParameters(Map.of("slug", slug, "order", String.valueOf(order)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        int order;
        try {
            order = Integer.parseInt(event.getRouteParameters().get("order").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Unit");
        }
        page = learning.openUnit(slug, order);
        answers.clear();
        removeAll();
        add(new RouterLink(getTranslation("unit.back", page.courseTitle()), CourseView.class, CourseView.parameters(slug)));
        Span meta = new Span(page.week() == null
            ? getTranslation("unit.meta", page.order(), page.unitCount(), page.minutes())
            : getTranslation("unit.meta.week", page.week(), page.order(), page.unitCount(), page.minutes()));
        meta.addClassName("secondary");
        add(meta);
        if (page.locked()) {
            add(new LockedUnit(), navigation());
            return;
        }
        for (UnitPage.Part part : page.parts()) {
            add(switch (part) {
                case UnitPage.Text t -> text(t);
                case UnitPage.Reflect r -> reflect(r);
                case UnitPage.Check c -> new KnowledgeCheck(c);
                case UnitPage.Rating r -> new SelfAssessment(r, page.tracked(),
                    ratings -> learning.saveRatings(page.courseSlug(), page.order(), r.id(), ratings));
                case UnitPage.Facilitator f -> facilitator(f);
            });
        }
        add(completion(), navigation());
    }

    /** Facilitator material, set apart and labelled in words (not by colour alone) as for facilitators only. */
    private Component facilitator(UnitPage.Facilitator f) {
        Html html = new Html("<aside class=\"facilitator-material\" aria-label=\""
            + getTranslation("unit.facilitator." + f.material()).replace("\"", "") + "\">"
            + "<p class=\"facilitator-label\"><strong>" + org.jsoup.nodes.Entities.escape(getTranslation("unit.facilitator."
            + f.material())) + "</strong></p>" + f.html() + "</aside>");
        return html;
    }

    private Component text(UnitPage.Text t) {
        // Sanitised when the course was imported (SafeMarkdown); Html needs one root element.
        Html html = new Html("<div class=\"unit-text\">" + t.html() + "</div>");
        return html;
    }

    private Component reflect(UnitPage.Reflect r) {
        TextArea box = new TextArea(r.prompt());
        box.setId("answer-" + r.id());
        box.setWidthFull();
        box.setMinRows(4);
        String saving = getTranslation(r.optional() ? "unit.reflect.optional" : "unit.reflect.required");
        // In the helper text, which the field ties to its input (aria-describedby), so a screen reader
        // reads the reminder with the question, before the learner starts typing.
        box.setHelperText(r.aboutFamily() ? getTranslation("unit.reflect.aboutFamily") + " " + saving : saving);
        box.setRequiredIndicatorVisible(!r.optional());
        box.setMaxLength(LearningService.MAX_ANSWER);
        String saved = page.answers().getOrDefault(r.id(), "");
        box.setValue(saved);
        box.setReadOnly(!page.tracked());
        SaveStatus status = new SaveStatus("saved-" + r.id());
        Answer answer = new Answer(box, status, saved);
        answers.put(r.id(), answer);
        box.setValueChangeMode(ValueChangeMode.TIMEOUT);
        box.setValueChangeTimeout(AUTOSAVE_MILLIS);
        // Also send the text when the learner leaves the box, without waiting for the timeout.
        box.getElement().addPropertyChangeListener("value", "change", e -> { });
        box.addValueChangeListener(e -> save(r.id(), answer));
        Section section = new Section(new H2(getTranslation("unit.reflect")), box, status);
        section.addClassName("reflect");
        return section;
    }

    private void save(String questionId, Answer answer) {
        String value = answer.box.getValue();
        if (value.equals(answer.saved)
            || !answer.status.attempt(this, () -> learning.saveAnswer(page.courseSlug(), page.order(), questionId, value))) {
            return;
        }
        answer.saved = value;
    }

    private Component completion() {
        Button complete = new Button(getTranslation("unit.complete"), e -> complete());
        complete.setId("complete-unit");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setEnabled(page.tracked());
        completeStatus.setId("unit-complete-status");
        completeStatus.getElement().setAttribute("aria-live", "polite");
        completeStatus.setText(page.complete() ? getTranslation("unit.complete.done") : "");
        outcome.setId("completion-outcome");
        outcome.removeAll();
        VerticalLayout box = new VerticalLayout(complete, completeStatus, outcome);
        box.setPadding(false);
        return box;
    }

    private void complete() {
        answers.forEach(this::save);
        outcome.removeAll();
        UnitCompletion result;
        try {
            result = learning.completeUnit(page.courseSlug(), page.order());
        } catch (NotFoundException e) {
            Feedback.problem(this, getTranslation("unit.outdated"));
            return;
        } catch (RuntimeException e) {
            if (Feedback.explain(this, e)) {
                return;
            }
            throw e;
        }
        if (!result.completed()) {
            UnorderedList missing = new UnorderedList();
            result.missing().forEach(prompt -> missing.add(new ListItem(shorten(prompt))));
            outcome.add(new Paragraph(getTranslation("unit.complete.missing")), missing);
            outcome.setClassName("notice error");
            outcome.getElement().setAttribute("role", "alert");
            return;
        }
        completeStatus.setText(getTranslation("unit.complete.done"));
        if (result.courseCompleted()) {
            outcome.add(new Paragraph(getTranslation("unit.complete.course", page.courseTitle(),
                Hours.of(result.cpdHours()))));
            outcome.setClassName("notice");
        }
        Feedback.saved(this, "unit.complete.saved");
    }

    private static String shorten(String prompt) {
        String oneLine = prompt.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "…";
    }

    private Component navigation() {
        HorizontalLayout nav = new HorizontalLayout();
        nav.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        nav.setWidthFull();
        if (page.previousOrder() != null) {
            RouterLink previous = new RouterLink(getTranslation("unit.previous"), UnitView.class,
                parameters(page.courseSlug(), page.previousOrder()));
            previous.setId("previous-unit");
            nav.add(previous);
        } else {
            nav.add(new Span());
        }
        RouterLink next = page.nextOrder() != null
            ? new RouterLink(getTranslation("unit.next"), UnitView.class, parameters(page.courseSlug(), page.nextOrder()))
            : new RouterLink(getTranslation("unit.finish"), CourseView.class, CourseView.parameters(page.courseSlug()));
        next.setId("next-unit");
        nav.add(next);
        return nav;
    }

    @Override
    public String getPageTitle() {
        return page == null ? "" : page.title();
    }
}
