package org.centrecpd.privacy.service;

import org.centrecpd.base.PublicAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.privacy.domain.SubjectAccessRequest;
import org.centrecpd.privacy.domain.SubjectAccessRequest.Channel;
import org.centrecpd.privacy.domain.SubjectAccessRequestRepository;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.OneTimeTokens;
import org.centrecpd.security.Role;
import org.centrecpd.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Subject access (UK GDPR Article 15): a person asks for a copy of their data from their CPD record, or an admin
 * raises a request that came by letter. Either way the request is logged (due a month after receipt), the person is
 * told by e-mail at the address on record, and a link to the copy is issued at once: the copy is built from what
 * every module holds when it is downloaded. Only the person (signed in) or an admin may download it, while the link
 * is valid; each download is audited, and the first one fulfils the request. A leaver, who can no longer sign in,
 * is offered their copy by a link of its own ({@link #leaverCopy}).
 */
@Service
@Transactional(readOnly = true)
public class SubjectAccess {

    /** A request as its person or an admin sees it. */
    public record RequestRow(long id, long personId, String person, Channel channel, String raisedBy, LocalDate receivedOn,
                             LocalDate dueOn, Instant linkExpiresAt, Instant fulfilledAt, int downloads, boolean overdue,
                             boolean downloadable) {
    }

    /** A copy, ready to send. */
    public record Copy(String fileName, byte[] zip) {
    }

    private final SubjectAccessRequestRepository requests;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final PeopleOnRecord people;
    private final PrivacyRegister register;
    private final MailSender mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration linkValidFor;
    private final PublicAddress publicAddress;
    private final Texts texts = new Texts();

    SubjectAccess(SubjectAccessRequestRepository requests, AccessScope scope, CurrentUser currentUser, PeopleOnRecord people,
                  PrivacyRegister register, MailSender mail, ApplicationEventPublisher events, Clock clock,
                  @Value("${centrecpd.privacy.copy-valid-for:P14D}") Duration linkValidFor,
                  PublicAddress publicAddress) {
        this.requests = requests;
        this.scope = scope;
        this.currentUser = currentUser;
        this.people = people;
        this.register = register;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.linkValidFor = linkValidFor;
        this.publicAddress = publicAddress;
    }

    /** The signed-in person asks for a copy of their own data. */
    @Transactional
    @PermitAll
    public RequestRow requestMine() {
        long me = scope.requireSelf("privacy.request.notAPerson");
        return raise(me, Channel.SELF);
    }

    /** An admin logs a request that came another way (a letter, an e-mail to the DPO), for the person it is about. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public RequestRow raiseFor(long personId) {
        scope.requirePerson(personId);
        return raise(personId, Channel.LETTER);
    }

    private RequestRow raise(long personId, Channel channel) {
        var person = people.find(personId).orElseThrow(() -> new NotFoundException("Person " + personId));
        SignedInUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        SubjectAccessRequest request = new SubjectAccessRequest(personId, channel, user.username(), today);
        String token = OneTimeTokens.newToken();
        request.issueLink(OneTimeTokens.hash(token), clock.instant().plus(linkValidFor));
        requests.save(request);
        events.publishEvent(new AuditEvent(AuditAction.SUBJECT_ACCESS_REQUESTED, person.email(),
            (channel == Channel.SELF ? "asked in the app" : "raised by an admin for a request received another way")
                + ", due " + request.getDueOn()));
        Locale uk = Locale.UK;
        String link = publicAddress.url() + "/privacy/copies/" + token;
        String text = texts.text("privacy.mail.ack.text", person.fullName(), Dates.longDay(today, uk),
            Dates.longDay(request.getDueOn(), uk), link, Dates.longDay(LocalDate.ofInstant(request.getLinkExpiresAt(), clock.getZone()), uk));
        MailAfterCommit.send(mail, List.of(new Mail(person.email(), texts.text("privacy.mail.ack.subject"), text,
            "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")));
        return row(request, person.fullName());
    }

    /** My requests, newest first. */
    @PermitAll
    public List<RequestRow> mine() {
        return scope.self().map(me -> {
            String name = currentUser.require().displayName();
            return requests.findByPersonIdOrderByReceivedOnDescIdDesc(me).stream().map(r -> row(r, name)).toList();
        }).orElse(List.of());
    }

    /** Every request (not the leavers' offers), open ones first by due date. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RequestRow> all() {
        return requests.requestsForAdmins().stream()
            .map(r -> row(r, people.find(r.getPersonId()).map(PeopleOnRecord.OnRecord::fullName).orElse("?"))).toList();
    }

    /** A new link for a request whose link has expired (the old one stops working). */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void newLink(long requestId) {
        SubjectAccessRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
        request.issueLink(OneTimeTokens.hash(OneTimeTokens.newToken()), clock.instant().plus(linkValidFor));
    }

    /** The copy for a request, from the app: its person or an admin, while its link is valid. */
    @Transactional
    @PermitAll
    public Copy copy(long requestId) {
        SubjectAccessRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
        return deliver(request, true);
    }

    /** The copy a link in an e-mail points to: its person or an admin (signed in), while the link is valid. */
    @Transactional
    @PermitAll
    public Copy copyByLink(String token) {
        if (!OneTimeTokens.plausible(token)) {
            throw new NotFoundException("Copy");
        }
        SubjectAccessRequest request = requests.findByTokenHash(OneTimeTokens.hash(token))
            .filter(r -> r.getChannel() != Channel.LEAVER).orElseThrow(() -> new NotFoundException("Copy"));
        return deliver(request, true);
    }

    /**
     * The copy offered to a leaver: they cannot sign in any more, so the link sent to the address on record is the
     * proof, as for a password reset; it works until their journal is deleted.
     */
    @Transactional
    public Copy leaverCopy(String token) {
        if (!OneTimeTokens.plausible(token)) {
            throw new NotFoundException("Copy");
        }
        SubjectAccessRequest request = requests.findByTokenHash(OneTimeTokens.hash(token))
            .filter(r -> r.getChannel() == Channel.LEAVER).orElseThrow(() -> new NotFoundException("Copy"));
        return deliver(request, false);
    }

    private Copy deliver(SubjectAccessRequest request, boolean signedIn) {
        boolean own = !signedIn;
        if (signedIn) {
            SignedInUser user = currentUser.require();
            own = user.personId() != null && user.personId() == request.getPersonId();
            if (!own && user.role() != Role.ADMIN) {
                throw new NotFoundException("Request " + request.getId());
            }
        }
        if (!request.linkUsableAt(clock.instant())) {
            throw new NotFoundException("Request " + request.getId() + " (link expired)");
        }
        var person = people.find(request.getPersonId()).orElseThrow(() -> new NotFoundException("Person"));
        // An admin's download leaves out the journal's words (nobody but the person reads them, admins included).
        DataSubject subject = new DataSubject(person.personId(), person.fullName(), Set.of(person.email()), own);
        LocalDate today = LocalDate.now(clock);
        byte[] zip = PersonalCopy.zip(subject, PersonalCopy.collect(register.holders(), subject), today);
        request.downloaded(clock.instant());
        events.publishEvent(new AuditEvent(AuditAction.SUBJECT_ACCESS_DOWNLOADED, person.email(),
            "request " + request.getId() + " (" + request.getChannel() + "), "
                + (own ? "by the person" : "by an admin, journal text left out") + ", " + zip.length + " bytes",
            signedIn ? null : person.email()));
        return new Copy(PersonalCopy.fileName(subject, today), zip);
    }

    /** Makes a leaver's offer: a request of its own, with a link valid until {@code until}. Returns the token. */
    @Transactional
    String offerToLeaver(long personId, Instant until) {
        SubjectAccessRequest offer = new SubjectAccessRequest(personId, Channel.LEAVER, "system", LocalDate.now(clock));
        String token = OneTimeTokens.newToken();
        offer.issueLink(OneTimeTokens.hash(token), until);
        requests.save(offer);
        return token;
    }

    boolean offered(long personId) {
        return requests.existsByPersonIdAndChannel(personId, Channel.LEAVER);
    }

    String publicUrl() {
        return publicAddress.url();
    }

    /** Links not yet used are withdrawn (an erasure: no copy of what was erased may leave afterwards). */
    @Transactional
    void withdrawLinks(long personId) {
        requests.findByPersonIdOrderByReceivedOnDescIdDesc(personId).forEach(r -> r.issueLink(null, null));
    }

    private RequestRow row(SubjectAccessRequest r, String name) {
        LocalDate today = LocalDate.now(clock);
        return new RequestRow(r.getId(), r.getPersonId(), name, r.getChannel(), r.getRaisedBy(), r.getReceivedOn(), r.getDueOn(),
            r.getLinkExpiresAt(), r.getFulfilledAt(), r.getDownloads(), r.getFulfilledAt() == null && today.isAfter(r.getDueOn()),
            r.linkUsableAt(clock.instant()));
    }
}
