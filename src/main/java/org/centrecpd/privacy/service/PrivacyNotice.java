package org.centrecpd.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.privacy.domain.ContactRow;
import org.centrecpd.privacy.domain.PrivacyContact;
import org.centrecpd.privacy.domain.PrivacyContactRepository;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy notice's facts beside the register: each authority's data controller and how to reach its data
 * protection officer. Anyone may read them (the notice is linked from the sign-in page); admins set them.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyNotice {

    private final PrivacyContactRepository contacts;
    private final ApplicationEventPublisher events;

    PrivacyNotice(PrivacyContactRepository contacts, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.events = events;
    }

    /** Every authority's contacts that have been set, by authority name. */
    public List<ContactRow> contacts() {
        return contacts.contacts();
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void setContacts(long authorityId, String controller, String dpoContact) {
        if (controller == null || controller.isBlank() || dpoContact == null || dpoContact.isBlank()
            || controller.length() > 300 || dpoContact.length() > 500) {
            throw new RuleViolation("privacy.contacts.required");
        }
        contacts.findByAuthorityId(authorityId).ifPresentOrElse(c -> c.change(controller.strip(), dpoContact.strip()),
            () -> contacts.save(new PrivacyContact(authorityId, controller.strip(), dpoContact.strip())));
        events.publishEvent(new AuditEvent(AuditAction.PRIVACY_CONTACT_CHANGED, "Authority " + authorityId,
            controller.strip() + " / " + dpoContact.strip()));
    }
}
