package org.centrecpd.organisation.importing;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.centrecpd.organisation.importing.Columns.Column;
import org.centrecpd.organisation.importing.PlannedChange.Kind;
import org.centrecpd.organisation.service.AccessScope;
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
 * file again changes nothing. Like {@link StaffImport}: preview without writing, then all or nothing.
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
    private final AccessScope scope;
    private final ApplicationEventPublisher events;

    OrganisationImport(LocalAuthorityRepository authorities, ProviderRepository providers, CentreGroupRepository groups,
                       CentreRepository centres, CentreArrangementRepository arrangements, CentreService centreService,
                       AccessScope scope, ApplicationEventPublisher events) {
        this.authorities = authorities;
        this.providers = providers;
        this.groups = groups;
        this.centres = centres;
        this.arrangements = arrangements;
        this.centreService = centreService;
        this.scope = scope;
        this.events = events;
    }

    public ImportPreview preview(byte[] file, String fileName, LocalDate effective) {
        return plan(file, fileName, effective).preview;
    }

    @Transactional
    public ImportResult apply(byte[] file, String fileName, LocalDate effective, IntConsumer progress) {
        Plan plan = plan(file, fileName, effective);
        if (!plan.preview.problems().isEmpty()) {
            throw new ImportRefused(plan.preview);
        }
        Registry registry = new Registry();
        int done = 0;
        for (OrgRow row : plan.rows) {
            try {
                write(row, registry, fileName);
            } catch (RuleViolation broken) {
                throw new ImportRefused(ImportPreview.refused(fileName, effective, plan.preview.rows(),
                    List.of(new ImportProblem(row.row, OrganisationRows.CENTRE.heading(), broken.messageKey(), List.of(broken.arguments())))));
            }
            if (++done % 50 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(plan.rows.size());
        ImportResult result = new ImportResult(plan.preview.count(Kind.CREATE), plan.preview.count(Kind.CHANGE), 0);
        events.publishEvent(new AuditEvent(AuditAction.ORGANISATION_IMPORTED, fileName, result.created() + " created, "
            + result.changed() + " changed, " + plan.preview.unchanged() + " unchanged"));
        return result;
    }

    private record OrgRow(int row, String authority, String provider, String group, String centre, String reference,
                          String address, String postcode, LocalDate from, Centre existing, boolean recommission) {
    }

    private record Plan(ImportPreview preview, List<OrgRow> rows) {
    }

    private static String key(String... parts) {
        return String.join("\u0000", parts).toLowerCase(Locale.ROOT);
    }

    /** Authorities, providers and groups by name, created the first time the file names one that does not exist. */
    private final class Registry {
        private final Map<String, LocalAuthority> authorityByName = new HashMap<>();
        private final Map<String, Provider> providerByName = new HashMap<>();
        private final Map<String, CentreGroup> groupByName = new HashMap<>();

        Registry() {
            authorities.findAll().forEach(a -> authorityByName.put(key(a.getName()), a));
            providers.findAll().forEach(p -> providerByName.put(key(p.getLocalAuthority().getName(), p.getName()), p));
            groups.findAll().forEach(g -> groupByName.put(key(g.getLocalAuthority().getName(), g.getName()), g));
        }

        LocalAuthority authority(String name) {
            return authorityByName.computeIfAbsent(key(name), k -> authorities.save(new LocalAuthority(name)));
        }

        Provider provider(String authority, String name) {
            return providerByName.computeIfAbsent(key(authority, name), k -> providers.save(new Provider(authority(authority), name)));
        }

        CentreGroup group(String authority, String name) {
            return groupByName.computeIfAbsent(key(authority, name), k -> groups.save(new CentreGroup(authority(authority), name)));
        }
    }

    private void write(OrgRow row, Registry registry, String fileName) {
        LocalAuthority authority = registry.authority(row.authority);
        Provider provider = row.provider.isEmpty() ? null : registry.provider(row.authority, row.provider);
        CentreGroup group = row.group.isEmpty() ? null : registry.group(row.authority, row.group);
        if (row.centre.isEmpty()) {
            return;
        }
        if (row.existing == null) {
            Centre centre = new Centre(authority, row.centre);
            centre.setReference(row.reference);
            centre.setAddress(row.address.isEmpty() ? null : row.address);
            centre.setPostcode(row.postcode.isEmpty() ? null : row.postcode);
            centres.save(centre);
            arrangements.save(new CentreArrangement(centre, Objects.requireNonNull(provider), group, Period.from(row.from),
                "Imported from " + fileName));
            return;
        }
        Centre centre = row.existing;
        centre.setName(row.centre);
        if (!row.reference.isEmpty()) {
            centre.setReference(row.reference);
        }
        if (!row.address.isEmpty()) {
            centre.setAddress(row.address);
        }
        if (!row.postcode.isEmpty()) {
            centre.setPostcode(row.postcode);
        }
        if (row.recommission) {
            centreService.recommission(centre.getId(), Objects.requireNonNull(provider).getId(), group == null ? null : group.getId(),
                row.from, "Imported from " + fileName);
        }
    }

    private Plan plan(byte[] file, String fileName, LocalDate effective) {
        Spreadsheet.Sheet sheet = Spreadsheet.read(file);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Column, Integer> at = OrganisationRows.COLUMNS.locate(sheet.headers(), problems);
        if (!problems.isEmpty()) {
            return new Plan(ImportPreview.refused(fileName, effective, sheet.rows().size(), problems), List.of());
        }
        Set<String> knownAuthorities = new HashSet<>();
        authorities.findAll().forEach(a -> knownAuthorities.add(key(a.getName())));
        Set<String> knownProviders = new HashSet<>();
        providers.findAll().forEach(p -> knownProviders.add(key(p.getLocalAuthority().getName(), p.getName())));
        Set<String> knownGroups = new HashSet<>();
        groups.findAll().forEach(g -> knownGroups.add(key(g.getLocalAuthority().getName(), g.getName())));
        Map<String, Centre> byReference = new HashMap<>();
        Map<String, Centre> byName = new HashMap<>();
        for (Centre c : centres.findAllInScope(scope.centres())) {
            if (c.getReference() != null) {
                byReference.put(key(c.getLocalAuthority().getName(), c.getReference()), c);
            }
            byName.put(key(c.getLocalAuthority().getName(), c.getName()), c);
        }
        Map<Long, CentreArrangement> latest = new HashMap<>();
        arrangements.allLatest().forEach(a -> latest.put(a.getCentre().getId(), a));

        List<PlannedChange> planned = new ArrayList<>();
        List<OrgRow> rows = new ArrayList<>();
        Map<String, Integer> centreRows = new HashMap<>();
        int unchanged = 0;
        for (Spreadsheet.Row r : sheet.rows()) {
            OrganisationRows.Cells cells = OrganisationRows.read(r, at, sheet.headers(), effective, problems);
            if (cells == null) {
                continue;
            }
            String authority = cells.authority();
            String provider = cells.provider();
            String group = cells.group();
            String centre = cells.centre();
            String reference = cells.reference();
            String address = cells.address();
            String postcode = cells.postcode();
            LocalDate from = cells.from();
            if (knownAuthorities.add(key(authority))) {
                planned.add(new PlannedChange(r.number(), Kind.CREATE, authority, "local authority"));
            }
            if (!provider.isEmpty() && knownProviders.add(key(authority, provider))) {
                planned.add(new PlannedChange(r.number(), Kind.CREATE, provider, "provider in " + authority));
            }
            if (!group.isEmpty() && knownGroups.add(key(authority, group))) {
                planned.add(new PlannedChange(r.number(), Kind.CREATE, group, "group in " + authority));
            }
            if (centre.isEmpty()) {
                if (planned.isEmpty() || planned.getLast().row() != r.number()) {
                    unchanged++;
                }
                rows.add(new OrgRow(r.number(), authority, provider, group, "", "", "", "", from, null, false));
                continue;
            }
            String centreKey = reference.isEmpty() ? key(authority, "name", centre) : key(authority, "ref", reference);
            Integer earlier = centreRows.putIfAbsent(centreKey, r.number());
            if (earlier != null) {
                problems.add(ImportProblem.of(r.number(), reference.isEmpty() ? OrganisationRows.CENTRE.heading() : OrganisationRows.REFERENCE.heading(),
                    "import.org.centreTwice", reference.isEmpty() ? centre : reference, earlier));
                continue;
            }
            Centre existing = reference.isEmpty() ? null : byReference.get(key(authority, reference));
            if (existing == null) {
                Centre sameName = byName.get(key(authority, centre));
                if (sameName != null && (reference.isEmpty() || sameName.getReference() == null)) {
                    existing = sameName;
                } else if (sameName != null) {
                    problems.add(ImportProblem.of(r.number(), OrganisationRows.CENTRE.heading(), "import.org.nameTaken", centre, sameName.getReference()));
                    continue;
                }
            }
            if (existing == null) {
                planned.add(new PlannedChange(r.number(), Kind.CREATE, centre, provider + (group.isEmpty() ? "" : ", " + group)
                    + " from " + from));
                rows.add(new OrgRow(r.number(), authority, provider, group, centre, reference, address, postcode, from, null, false));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (!existing.getName().equals(centre)) {
                Centre clash = byName.get(key(authority, centre));
                if (clash != null && clash != existing) {
                    problems.add(ImportProblem.of(r.number(), OrganisationRows.CENTRE.heading(), "import.org.nameTaken", centre, clash.getReference()));
                    continue;
                }
                what.add("name " + existing.getName() + " → " + centre);
            }
            if (!reference.isEmpty() && !reference.equals(existing.getReference())) {
                what.add("reference " + reference);
            }
            if (!address.isEmpty() && !address.equals(existing.getAddress())) {
                what.add("address");
            }
            if (!postcode.isEmpty() && !postcode.equals(existing.getPostcode())) {
                what.add("postcode " + postcode);
            }
            CentreArrangement now = latest.get(existing.getId());
            boolean recommission = now == null || !now.getProvider().getName().equalsIgnoreCase(provider)
                || !Objects.equals(now.getGroup() == null ? "" : now.getGroup().getName().toLowerCase(Locale.ROOT),
                    group.toLowerCase(Locale.ROOT));
            if (recommission && now != null) {
                if (!now.getPeriod().isOpen()) {
                    problems.add(ImportProblem.of(r.number(), OrganisationRows.CENTRE.heading(), "centre.recommission.closed", now.getPeriod().validTo()));
                } else if (!from.isAfter(now.getPeriod().validFrom())) {
                    problems.add(ImportProblem.of(r.number(), OrganisationRows.FROM.heading(), "import.org.fromTooEarly", centre,
                        now.getPeriod().validFrom(), from));
                }
                what.add(now.getProvider().getName() + (now.getGroup() == null ? "" : ", " + now.getGroup().getName()) + " → "
                    + provider + (group.isEmpty() ? "" : ", " + group) + " from " + from);
            }
            if (what.isEmpty()) {
                unchanged++;
                continue;
            }
            planned.add(new PlannedChange(r.number(), Kind.CHANGE, existing.getName(), String.join("; ", what)));
            rows.add(new OrgRow(r.number(), authority, provider, group, centre, reference, address, postcode, from, existing,
                recommission && now != null));
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Plan(new ImportPreview(fileName, effective, sheet.rows().size(), unchanged, List.copyOf(planned),
            List.copyOf(problems)), rows);
    }
}
