package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.organisation.service.Choice;
import org.centrecpd.privacy.service.PrivacyNotice;

/** The contacts each authority's privacy notice names: the controller and its data protection officer. */
class ContactsPanel extends VerticalLayout {

    ContactsPanel(PrivacyNotice notice, List<Choice> authorities) {
        ComboBox<Choice> authority = new ComboBox<>(getTranslation("privacy.authority"), authorities);
        authority.setItemLabelGenerator(Choice::name);
        TextField controller = new TextField(getTranslation("privacy.contacts.controller"));
        controller.setMaxLength(300);
        controller.setWidth("28em");
        TextField dpo = new TextField(getTranslation("privacy.contacts.dpo"));
        dpo.setMaxLength(500);
        dpo.setWidth("28em");
        authority.addValueChangeListener(e -> {
            var current = e.getValue() == null ? null : notice.contacts().stream()
                .filter(c -> c.authorityId() == e.getValue().id()).findFirst().orElse(null);
            controller.setValue(current == null ? "" : current.controller());
            dpo.setValue(current == null ? "" : current.dpoContact());
        });
        Button save = new Button(getTranslation("privacy.contacts.save"), e -> {
            if (authority.getValue() == null) {
                authority.setInvalid(true);
                return;
            }
            try {
                notice.setContacts(authority.getValue().id(), controller.getValue(), dpo.getValue());
                Feedback.saved(this, "privacy.contacts.saved");
            } catch (RuntimeException ex) {
                if (!Feedback.explain(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("privacy.contacts.intro")), authority, controller, dpo, save);
    }
}
