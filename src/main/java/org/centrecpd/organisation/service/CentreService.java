package org.centrecpd.organisation.service;

import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.domain.CentreRow;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.Period;
import org.centrecpd.base.SearchText;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreArrangement;
import org.centrecpd.organisation.domain.CentreArrangementRepository;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.CentreGroupRepository;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.LocalAuthorityRepository;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.domain.ProviderRepository;
import org.centrecpd.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Centres: lists within the caller's scope, their history, and (admins) editing and recommissioning. */
@Service
@Transactional(readOnly = true)
public class CentreService {

    private final CentreRepository centres;
    private final CentreArrangementRepository arrangements;
    private final ProviderRepository providers;
    private final CentreGroupRepository groups;
    private final LocalAuthorityRepository authorities;
    private final AccessScope scope;
    private final org.springframework.context.ApplicationEventPublisher events;

    CentreService(CentreRepository centres, CentreArrangementRepository arrangements, ProviderRepository providers,
                  CentreGroupRepository groups, LocalAuthorityRepository authorities, AccessScope scope,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.centres = centres;
        this.arrangements = arrangements;
        this.providers = providers;
        this.groups = groups;
        this.authorities = authorities;
        this.scope = scope;
    }

    /** The centres the caller may see, with today's provider, group and head count. */
    @PermitAll
    public List<CentreOverview> overviews(String filter, Pageable page) {
        return centres.findOverviews(scope.centres(), SearchText.containing(filter), page);
    }

    @PermitAll
    public long countOverviews(String filter) {
        return centres.countRows(scope.centres(), SearchText.containing(filter));
    }

    /** One centre in the caller's scope, or "not found". */
    @PermitAll
    public CentreOverview overview(long centreId) {
        return centres.findOverview(scope.centres(), centreId).orElseThrow(() -> new NotFoundException("Centre " + centreId));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<CentreRow> rows(String filter, Pageable page) {
        return centres.findRows(scope.centres(), SearchText.containing(filter), page);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(String filter) {
        return centres.countRows(scope.centres(), SearchText.containing(filter));
    }

    /** A centre's own details for the edit form. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CentreDetails details(long centreId) {
        scope.requireCentre(centreId);
        Centre c = centres.findWithAuthority(centreId).orElseThrow(() -> new NotFoundException("Centre " + centreId));
        return new CentreDetails(c.getId(), c.getVersion(), c.getLocalAuthority().getId(), c.getName(), c.getAddress(),
            c.getPostcode(), c.getReference());
    }

    /** Who ran the centre and in which group, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.CENTRE_MANAGER_NAME})
    public List<ArrangementRow> history(long centreId) {
        scope.requireCentre(centreId);
        return arrangements.history(centreId).stream().map(CentreService::row).toList();
    }

    /** Provider and group of a centre as at any date (past dates stay answerable after recommissioning). */
    @RolesAllowed({Role.ADMIN_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.CENTRE_MANAGER_NAME})
    public Optional<ArrangementRow> arrangementOn(long centreId, LocalDate day) {
        scope.requireCentre(centreId);
        return arrangements.findInForce(centreId, day).map(CentreService::row);
    }

    private static ArrangementRow row(CentreArrangement a) {
        return new ArrangementRow(a.getProvider().getName(), a.getGroup() == null ? null : a.getGroup().getName(),
            a.getPeriod().validFrom(), a.getPeriod().validTo(), a.getReason());
    }

    /** Saves edits to an existing centre; refuses a stale edit rather than overwrite someone else's. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public CentreDetails save(CentreDetails details) {
        if (details.id() == null) {
            throw new IllegalArgumentException("Use open() for a new centre");
        }
        scope.requireCentre(details.id());
        Centre centre = centres.findById(details.id()).orElseThrow(() -> new NotFoundException("Centre " + details.id()));
        if (centre.getVersion() != details.version()) {
            throw new StaleEditException("Centre " + centre.getName(), null);
        }
        apply(details, centre);
        return saved(() -> centres.saveAndFlush(centre), details);
    }

    /** A new centre, run by {@code providerId} (in {@code groupId}, if any) from {@code from}. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public CentreDetails open(CentreDetails details, long providerId, Long groupId, LocalDate from) {
        LocalAuthority authority = authorities.findById(details.localAuthorityId())
            .orElseThrow(() -> new NotFoundException("Local authority"));
        Centre centre = new Centre(authority, details.name());
        apply(details, centre);
        Provider provider = providers.findById(providerId).orElseThrow(() -> new NotFoundException("Provider"));
        CentreGroup group = groupId == null ? null : groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group"));
        requireSameAuthority(centre, provider, group);
        return saved(() -> {
            Centre opened = centres.saveAndFlush(centre);
            arrangements.save(new CentreArrangement(opened, provider, group, Period.from(from), "Opened"));
            return opened;
        }, details);
    }

    private void apply(CentreDetails details, Centre centre) {
        String reference = details.reference() == null || details.reference().isBlank() ? null : details.reference().strip();
        // Checked here so the admin is told which field to change (the unique index would only say "taken").
        if (reference != null && centres.referenceTaken(centre.getLocalAuthority().getId(), reference,
            centre.getId() == null ? -1 : centre.getId())) {
            throw new RuleViolation("centre.reference.taken", reference);
        }
        centre.setName(details.name());
        centre.setAddress(details.address());
        centre.setPostcode(details.postcode());
        centre.setReference(reference);
    }

    private static CentreDetails saved(java.util.function.Supplier<Centre> save, CentreDetails details) {
        try {
            Centre c = save.get();
            return new CentreDetails(c.getId(), c.getVersion(), c.getLocalAuthority().getId(), c.getName(), c.getAddress(),
                c.getPostcode(), c.getReference());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException("Centre " + details.name(), e);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new RuleViolation("centre.name.taken", details.name());
        }
    }

    /**
     * Recommissioning: from {@code effective} the centre is run by another provider and/or sits in
     * another group. The arrangement in force ends that day and a new one starts; nothing about the
     * centre's staff or their records changes.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void recommission(long centreId, long providerId, Long groupId, LocalDate effective, String reason) {
        org.centrecpd.base.TextLimit.atMost(reason, 300);
        scope.requireCentre(centreId);
        // One change to a centre's history at a time: two admins recommissioning the same centre
        // at once would otherwise both see the same "current" arrangement.
        Centre centre = centres.lockById(centreId).orElseThrow(() -> new NotFoundException("Centre " + centreId));
        Provider provider = providers.findById(providerId).orElseThrow(() -> new NotFoundException("Provider"));
        CentreGroup group = groupId == null ? null : groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group"));
        requireSameAuthority(centre, provider, group);
        List<CentreArrangement> history = arrangements.history(centreId);
        CentreArrangement latest = history.stream().findFirst().orElseThrow(() -> new NotFoundException("Arrangement"));
        if (!effective.isAfter(latest.getPeriod().validFrom())) {
            throw new RuleViolation("centre.recommission.tooEarly", latest.getPeriod().validFrom());
        }
        if (!latest.getPeriod().isOpen()) {
            throw new RuleViolation("centre.recommission.closed", latest.getPeriod().validTo());
        }
        latest.endOn(effective);
        Period next = Period.from(effective);
        history.stream().filter(a -> a != latest && a.getPeriod().overlaps(next)).findFirst().ifPresent(a -> {
            throw new RuleViolation("centre.arrangement.overlap", a.getPeriod().validFrom());
        });
        // The ended row goes to the database before the new one: with identity keys the new row is inserted at
        // once, and PostgreSQL's exclusion constraint would see two open arrangements of the centre.
        arrangements.flush();
        arrangements.save(new CentreArrangement(centre, provider, group, next, reason));
        audit(centre, latest, provider, group, effective, reason);
    }

    /**
     * Recommissioning (another provider) and regrouping (same provider, another group) are told
     * apart in the audit log: they matter to different people.
     */
    private void audit(Centre centre, CentreArrangement before, Provider provider, CentreGroup group, LocalDate effective,
                       String reason) {
        boolean sameProvider = before.getProvider().equals(provider);
        String groupBefore = before.getGroup() == null ? "no group" : before.getGroup().getName();
        String groupAfter = group == null ? "no group" : group.getName();
        String detail = (sameProvider ? groupBefore + " → " + groupAfter
            : before.getProvider().getName() + " → " + provider.getName() + " (" + groupBefore + " → " + groupAfter + ")")
            + ", from " + effective + (reason == null || reason.isBlank() ? "" : ", " + reason);
        events.publishEvent(new org.centrecpd.audit.AuditEvent(sameProvider
            ? org.centrecpd.audit.AuditAction.CENTRE_REGROUPED : org.centrecpd.audit.AuditAction.CENTRE_RECOMMISSIONED,
            centre.getName(), detail));
    }

    private static void requireSameAuthority(Centre centre, Provider provider, CentreGroup group) {
        Long la = centre.getLocalAuthority().getId();
        if (!provider.getLocalAuthority().getId().equals(la)
            || (group != null && !group.getLocalAuthority().getId().equals(la))) {
            throw new RuleViolation("centre.authority.mismatch");
        }
    }

}
