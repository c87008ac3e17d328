package org.centrecpd.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.workshops.domain.UndatedWorkshop;
import org.centrecpd.workshops.service.InterestList;

/** Workshops with no session for me to book: I ask to be told when one is scheduled, or stop waiting. */
class InterestPanel extends Section {

    private final transient InterestList interest;
    private final Div list = new Div();

    InterestPanel(InterestList interest) {
        this.interest = interest;
        setId("interest");
        list.setId("undated");
        add(new H2(getTranslation("workshops.interest.title")), new Paragraph(getTranslation("workshops.interest.intro")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<UndatedWorkshop> undated = interest.undated();
        setVisible(!undated.isEmpty());
        for (UndatedWorkshop w : undated) {
            Div card = new Div();
            card.setId("undated-" + w.courseId());
            card.add(new H3(w.title()));
            if (w.interested()) {
                card.add(new Paragraph(getTranslation("workshops.interest.waiting")));
                Button withdraw = new Button(getTranslation("workshops.interest.withdraw"), e -> act(() -> {
                    interest.withdraw(w.courseId());
                    Feedback.saved(this, "workshops.interest.withdrawn");
                }));
                withdraw.setId("withdraw-interest-" + w.courseId());
                card.add(withdraw);
            } else {
                Button register = new Button(getTranslation("workshops.interest.register"), e -> act(() -> {
                    interest.register(w.courseId());
                    Feedback.saved(this, "workshops.interest.registered");
                }));
                register.setId("register-interest-" + w.courseId());
                card.add(register);
            }
            list.add(card);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ex) {
            if (!Feedback.explain(this, ex)) {
                throw ex;
            }
        }
        refresh();
    }
}
