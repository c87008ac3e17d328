package org.centrecpd.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centrecpd.privacy.domain.ContactRow;
import org.centrecpd.privacy.service.PrivacyNotice;
import org.centrecpd.privacy.service.PrivacyRegister;

/**
 * The privacy notice, for anyone (linked from the sign-in page and the foot of every page): who the data controller
 * is and how to reach the data protection officer, what is kept, why, on what lawful basis, who sees it and for how
 * long (the register, from the definitions the retention job applies), who can read a journal, and people's rights.
 */
@Route(value = "privacy", autoLayout = false)
@AnonymousAllowed
public class PrivacyNoticeView extends Main implements HasDynamicTitle {

    public PrivacyNoticeView(PrivacyRegister register, PrivacyNotice notice) {
        addClassName("privacy-notice");
        add(new H1(getTranslation("privacy.notice.title")), new Paragraph(getTranslation("privacy.notice.intro")));
        add(new H2(getTranslation("privacy.notice.who")));
        var contacts = notice.contacts();
        if (contacts.isEmpty()) {
            add(new Paragraph(getTranslation("privacy.notice.who.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("privacy-contacts");
            for (ContactRow c : contacts) {
                list.add(new ListItem(getTranslation("privacy.notice.who.row", c.authority(), c.controller(), c.dpoContact())));
            }
            add(list);
        }
        add(new H2(getTranslation("privacy.notice.journal")), new Paragraph(getTranslation("privacy.notice.journal.text")));
        add(new H2(getTranslation("privacy.notice.what")), new Paragraph(getTranslation("privacy.notice.what.intro")),
            RegisterGrid.of(this, register.forReaders()));
        add(new H2(getTranslation("privacy.notice.rights")));
        UnorderedList rights = new UnorderedList();
        for (String key : new String[] {"access", "rectify", "erase", "object", "complain"}) {
            rights.add(new ListItem(getTranslation("privacy.notice.rights." + key)));
        }
        add(rights, new Anchor("", getTranslation("privacy.notice.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.title");
    }
}
