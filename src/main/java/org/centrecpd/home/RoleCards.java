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

    /** {@code partnerToday}: the partner's roll-up today ({@link PartnerCards#today()}), which their home reads once; null for other roles. */
    /** The partner's roll-up today, for {@link #forRole} and the centres listed by need below the cards. */
    org.centrecpd.training.service.RollUp partnerToday() {
        return partner.today();
    }

    UnorderedList forRole(Role role, Component ui, org.centrecpd.training.service.RollUp partnerToday) {
        List<HomeCard> cards = switch (role) {
            case PRACTITIONER -> practitioner.cards(ui);
            case CENTRE_MANAGER -> manager.cards(ui);
            case IMPROVEMENT_PARTNER -> partner.cards(ui, partnerToday);
            case ADMIN -> admin.cards(ui);
        };
        UnorderedList list = new UnorderedList(cards.toArray(HomeCard[]::new));
        list.setId("home-cards");
        list.addClassName("home-cards");
        list.getElement().setAttribute("aria-label", ui.getTranslation("home.cards.label"));
        return list;
    }
}
