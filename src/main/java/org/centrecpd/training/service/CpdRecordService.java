package org.centrecpd.training.service;

import org.centrecpd.base.PublicAddress;
import org.centrecpd.training.domain.CompletionDetails;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.Certificate;
import org.centrecpd.training.domain.AssignmentRepository;
import org.centrecpd.training.domain.CertificateRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CPD records and certificates. A person reads their own record; a manager or partner reads the
 * record of someone in their scope; either may download a certificate of a completion. Anyone,
 * signed in or not, may check a certificate's code: the answer repeats what the certificate says,
 * nothing more.
 */
@Service
@Transactional(readOnly = true)
public class CpdRecordService {

    /** No 0/O or 1/I: codes are read off paper and typed. */
    private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessScope scope;
    /** Who issues every certificate, as printed on it and said by the verification page. */
    static final String ISSUER = "Centre CPD";

    private final CertificateRepository certificates;
    private final AssignmentRepository assignments;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.centrecpd.training.domain.EvidenceRepository evidence;

    CpdRecordService(AccessScope scope, CertificateRepository certificates, Clock clock,
                     PublicAddress publicAddress,
                     org.springframework.context.ApplicationEventPublisher events, AssignmentRepository assignments,
                     org.centrecpd.training.domain.EvidenceRepository evidence) {
        this.evidence = evidence;
        this.assignments = assignments;
        this.events = events;
        this.scope = scope;
        this.certificates = certificates;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    /** My own record (empty for a sign-in that is not a person). */
    @PermitAll
    public CpdRecord myRecord() {
        return scope.self().map(this::recordOf).orElse(new CpdRecord(0, List.of(), List.of(), List.of(), java.util.Set.of(), List.of()));
    }

    /** The record of a person in scope. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public CpdRecord record(long personId) {
        scope.requirePerson(personId);
        return recordOf(personId);
    }

    /** The certificate of a completion: mine, or of someone in my scope. Its code is made on first download. */
    @Transactional
    @PermitAll
    public CertificateFile certificate(long completionId) {
        CompletionDetails completion = certificates.completion(completionId)
            .orElseThrow(() -> new NotFoundException("Completion " + completionId));
        scope.requirePerson(completion.personId());
        Certificate certificate = certificates.findByCompletionId(completionId).orElseGet(() -> certificates.saveAndFlush(
            new Certificate(newCode(), completionId, completion.personId(), LocalDate.now(clock))));
        String code = certificate.getCode();
        byte[] pdf = CertificatePdf.render(completion, certificates.validUntil(completionId).orElse(null), code, publicAddress.url() + "/verify/" + code);
        // A certificate names a person and what they completed: its download is an export of personal data.
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.PERSONAL_DATA_EXPORTED,
            "Certificate of " + completion.personName(), completion.courseTitle() + ", " + code));
        return new CertificateFile("certificate-" + code + ".pdf", code, pdf);
    }

    /**
     * What a certificate with this code says, if it is one of ours, and whether it is valid, expired or withdrawn
     * today: the name, course, dates and issuer, nothing more (anyone may ask, signed in or not).
     */
    @PermitAll
    public Optional<CertificateCheck> verify(String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return certificates.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT)).flatMap(certificate ->
            certificates.completion(certificate.getCompletionId()).map(c -> {
                LocalDate validUntil = certificates.validUntil(c.completionId()).orElse(null);
                return new CertificateCheck(certificate.getCode(), c.personName(), c.courseTitle(), c.completedOn(), validUntil,
                    certificate.getIssuedOn(), certificate.getWithdrawnOn(), ISSUER,
                    CertificateCheck.state(validUntil, certificate.getWithdrawnOn(), today));
            }));
    }

    /**
     * Withdraws the certificate of a completion (issued in error, or the completion does not stand), from today:
     * its code then answers "withdrawn". A manager or partner for someone in their scope, or an admin; audited.
     */
    @Transactional
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void withdraw(long completionId, String reason) {
        org.centrecpd.base.TextLimit.atMost(reason, 500);
        CompletionDetails completion = certificates.completion(completionId)
            .orElseThrow(() -> new NotFoundException("Completion " + completionId));
        scope.requirePerson(completion.personId());
        Certificate certificate = certificates.findByCompletionId(completionId)
            .orElseThrow(() -> new NotFoundException("Certificate of completion " + completionId));
        if (certificate.getWithdrawnOn() != null) {
            return;
        }
        certificate.withdraw(LocalDate.now(clock), reason == null || reason.isBlank() ? null : reason.strip());
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.CERTIFICATE_WITHDRAWN,
            "Certificate of " + completion.personName(), completion.courseTitle() + ", " + certificate.getCode()));
    }

    private CpdRecord recordOf(long personId) {
        return new CpdRecord(personId, certificates.completionsOf(personId), EvidenceHours.years(certificates.hoursPerYear(personId),
            evidence.verifiedHoursPerYear(personId)), assignments.periodsOf(personId, LocalDate.now(clock)),
            java.util.Set.copyOf(certificates.inForce(personId)), evidence.ofPerson(personId));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder("CPD-");
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }
}
