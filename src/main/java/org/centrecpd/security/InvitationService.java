package org.centrecpd.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: instead of an admin typing a first password, the person gets an e-mail with a
 * one-time link to choose their own. Admins invite anyone; centre managers invite the staff of their
 * centres (scope from the organisation, through {@link PeopleDirectory}). The sign-in role follows
 * the person's job (an admin inviting one person may choose another). Resending makes a new link and
 * retires the old one.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    private final UserAccountRepository accounts;
    private final PeopleDirectory people;
    private final AccountLinks links;
    private final LinkMails mails;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final SignInSettings settings;

    InvitationService(UserAccountRepository accounts, PeopleDirectory people, AccountLinks links, LinkMails mails,
                      CurrentUser currentUser, ApplicationEventPublisher events, java.time.Clock clock, SignInSettings settings) {
        this.settings = settings;
        this.accounts = accounts;
        this.people = people;
        this.links = links;
        this.mails = mails;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** People in my scope without a sign-in, who can be invited. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public List<PeopleDirectory.Invitee> uninvited(String filter, Pageable page) {
        return people.withoutSignIn(filter, page);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public long countUninvited(String filter) {
        return people.countWithoutSignIn(filter);
    }

    /** Invited and not yet accepted, in my scope. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public List<PeopleDirectory.PendingInvitation> notAccepted(String filter, Pageable page) {
        return people.notAccepted(filter, page);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public long countNotAccepted(String filter) {
        return people.countNotAccepted(filter);
    }

    /**
     * Invites these people (each must be in my scope, else "not found"), with the role their job
     * suggests; people who have a sign-in already are left alone. Returns how many were invited.
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public int invite(Collection<Long> personIds) {
        int invited = 0;
        for (long personId : personIds) {
            PeopleDirectory.Invitee invitee = people.invitee(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
            if (accounts.findByPersonId(personId).isEmpty() && accounts.findByUsername(invitee.email()).isEmpty()) {
                send(create(invitee, invitee.role()), "invited");
                invited++;
            }
        }
        return invited;
    }

    /** Invites everyone in my scope who works there today and has no sign-in. Returns how many. */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public int inviteEveryone() {
        List<Long> ids = people.withoutSignIn("", Pageable.unpaged()).stream().map(PeopleDirectory.Invitee::personId).toList();
        return invite(ids);
    }

    /** An admin invites one person with a role of their choice (the person's dialog). */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void inviteAs(long personId, Role role) {
        PeopleDirectory.Invitee invitee = people.invitee(personId).orElseThrow(() -> new RuleViolation("invite.notWorking"));
        if (accounts.findByPersonId(personId).isPresent() || accounts.findByUsername(invitee.email()).isPresent()) {
            throw new RuleViolation("account.exists", invitee.email());
        }
        send(create(invitee, role), "invited as " + role.name());
    }

    /** Sends a person's invitation again, with a new link (the old one stops working). */
    @Transactional
    @RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
    public void resend(long personId) {
        people.invitee(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        UserAccount account = accounts.findByPersonId(personId).filter(UserAccount::isAwaitingPassword)
            .orElseThrow(() -> new RuleViolation("invite.accepted"));
        send(account, "sent again");
    }

    private UserAccount create(PeopleDirectory.Invitee invitee, Role role) {
        return accounts.save(new UserAccount(invitee.email(), null, role, invitee.personId(), invitee.fullName()));
    }

    private void send(UserAccount account, String detail) {
        account.invitedAt(clock.instant());
        if (!settings.localPasswords()) {
            // Single sign-on only: there is no password to choose, so the e-mail leads to the sign-in page.
            mails.singleSignOnInvitation(account, currentUser.require().displayName());
        } else {
            String token = AccountLinks.newToken();
            mails.invitation(account, token, links.issue(account, AccountLink.Purpose.INVITATION, token), currentUser.require().displayName());
        }
        events.publishEvent(new AuditEvent(AuditAction.INVITATION_SENT, account.getUsername(), detail + ", role " + account.getRole().name()));
    }
}
