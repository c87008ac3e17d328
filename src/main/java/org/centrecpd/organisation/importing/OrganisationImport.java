package org.centrecpd.organisation.importing;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.Period;
import org.centrecpd.base.RuleViolation;
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
import org.centrecpd.organisation.importing.PlannedChange.Kind;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation from a spreadsheet: one row per centre with its local authority, provider and
 * group from a date (a row without a centre only adds an authority, provider or group). Authorities,
 * providers and groups are found by name; centres by their reference (an Ofsted URN) within their
 * authority, or by name where there is no reference. A centre whose provider or group differs from
 * its current arrangement is recommissioned from the row's date through
 * {@link CentreService#recommission}, so its history is kept, never overwritten. Importing the same
 * file again changes nothing. Like {@link StaffImport}: preview without writing, then all or nothing. What a file would
 * change is worked out by {@link OrganisationPlanner}; this class writes it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMIN_NAME)
public class OrganisationImport {

    private final LocalAuthorityRepository authorities;
    private final ProviderRepository providers;
    private final CentreGroupRepository groups;
    private final CentreRepository centres;
    private final CentreArrangementRepository arrangements;
    private final CentreService centreService;
    private final OrganisationPlanner planner;
    private final ApplicationEventPublisher events;

    OrganisationImport(LocalAuthorityRepository authorities, ProviderRepository providers, CentreGroupRepository groups,
                       CentreRepository centres, CentreArrangementRepository arrangements, CentreService centreService,
                       OrganisationPlanner planner, ApplicationEventPublisher events) {
        this.authorities = authorities;
        this.providers = providers;
        this.groups = groups;
        this.centres = centres;
        this.arrangements = arrangements;
        this.centreService = centreService;
        this.planner = planner;
        this.events = events;
    }

    public ImportPreview preview(byte[] file, String fileName, LocalDate effective) {
        return planner.plan(file, fileName, effective).preview();
    }

    @Transactional
    public ImportResult apply(byte[] file, String fileName, LocalDate effective, IntConsumer progress) {
        OrganisationPlanner.Plan plan = planner.plan(file, fileName, effective);
        if (!plan.preview().problems().isEmpty()) {
            throw new ImportRefused(plan.preview());
        }
        Registry registry = new Registry();
        int done = 0;
        for (OrganisationPlanner.OrgRow row : plan.rows()) {
            try {
                write(row, registry, fileName);
            } catch (RuleViolation broken) {
                throw new ImportRefused(ImportPreview.refused(fileName, effective, plan.preview().rows(),
                    List.of(new ImportProblem(row.row(), OrganisationRows.CENTRE.heading(), broken.messageKey(), List.of(broken.arguments())))));
            }
            if (++done % 50 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(plan.rows().size());
        ImportResult result = new ImportResult(plan.preview().count(Kind.CREATE), plan.preview().count(Kind.CHANGE), 0);
        events.publishEvent(new AuditEvent(AuditAction.ORGANISATION_IMPORTED, fileName, result.created() + " created, "
            + result.changed() + " changed, " + plan.preview().unchanged() + " unchanged"));
        return result;
    }

    /** Authorities, providers and groups by name, created the first time the file names one that does not exist. */
    private final class Registry {
        private final Map<String, LocalAuthority> authorityByName = new HashMap<>();
        private final Map<String, Provider> providerByName = new HashMap<>();
        private final Map<String, CentreGroup> groupByName = new HashMap<>();

        Registry() {
            authorities.findAll().forEach(a -> authorityByName.put(OrganisationPlanner.key(a.getName()), a));
            providers.findAll().forEach(p -> providerByName.put(OrganisationPlanner.key(p.getLocalAuthority().getName(), p.getName()), p));
            groups.findAll().forEach(g -> groupByName.put(OrganisationPlanner.key(g.getLocalAuthority().getName(), g.getName()), g));
        }

        LocalAuthority authority(String name) {
            return authorityByName.computeIfAbsent(OrganisationPlanner.key(name), k -> authorities.save(new LocalAuthority(name)));
        }

        Provider provider(String authority, String name) {
            return providerByName.computeIfAbsent(OrganisationPlanner.key(authority, name), k -> providers.save(new Provider(authority(authority), name)));
        }

        CentreGroup group(String authority, String name) {
            return groupByName.computeIfAbsent(OrganisationPlanner.key(authority, name), k -> groups.save(new CentreGroup(authority(authority), name)));
        }
    }

    private void write(OrganisationPlanner.OrgRow row, Registry registry, String fileName) {
        LocalAuthority authority = registry.authority(row.authority());
        Provider provider = row.provider().isEmpty() ? null : registry.provider(row.authority(), row.provider());
        CentreGroup group = row.group().isEmpty() ? null : registry.group(row.authority(), row.group());
        if (row.centre().isEmpty()) {
            return;
        }
        if (row.existing() == null) {
            Centre centre = new Centre(authority, row.centre());
            centre.setReference(row.reference());
            centre.setAddress(row.address().isEmpty() ? null : row.address());
            centre.setPostcode(row.postcode().isEmpty() ? null : row.postcode());
            centres.save(centre);
            arrangements.save(new CentreArrangement(centre, Objects.requireNonNull(provider), group, Period.from(row.from()),
                "Imported from " + fileName));
            return;
        }
        Centre centre = row.existing();
        centre.setName(row.centre());
        if (!row.reference().isEmpty()) {
            centre.setReference(row.reference());
        }
        if (!row.address().isEmpty()) {
            centre.setAddress(row.address());
        }
        if (!row.postcode().isEmpty()) {
            centre.setPostcode(row.postcode());
        }
        if (row.recommission()) {
            centreService.recommission(centre.getId(), Objects.requireNonNull(provider).getId(), group == null ? null : group.getId(),
                row.from(), "Imported from " + fileName);
        }
    }
}
