package org.centrecpd.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.centrecpd.security.Role;

/** The cards of a role's home, as one list (a screen reader hears how many there are). */
@org.springframework.stereotype.Component
class RoleCards {

    private final PractitionerCards practitioner;
    private final ManagerCards manager;
    private final PartnerCards partner;
    private final AdminCards admin;

    RoleCards(PractitionerCards practitioner, ManagerCards manager, PartnerCards partner, AdminCards admin) {
        this.practitioner = practitioner;
        this.manager = manager;
        this.partner = partner;
        this.admin = admin;
    }

    UnorderedList forRole(Role role, Component ui) {
        List<HomeCard> cards = switch (role) {
            case PRACTITIONER -> practitioner.cards(ui);
            case CENTRE_MANAGER -> manager.cards(ui);
            case IMPROVEMENT_PARTNER -> partner.cards(ui);
            case ADMIN -> admin.cards(ui);
        };
        UnorderedList list = new UnorderedList(cards.toArray(HomeCard[]::new));
        list.setId("home-cards");
        list.addClassName("home-cards");
        list.getElement().setAttribute("aria-label", ui.getTranslation("home.cards.label"));
        return list;
    }
}
