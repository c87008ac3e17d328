package org.centrecpd.organisation.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.centrecpd.organisation.domain.Centre;
import org.centrecpd.organisation.domain.CentreArrangement;
import org.centrecpd.organisation.domain.CentreArrangementRepository;
import org.centrecpd.organisation.domain.CentreGroupRepository;
import org.centrecpd.organisation.domain.CentreRepository;
import org.centrecpd.organisation.domain.LocalAuthorityRepository;
import org.centrecpd.organisation.domain.ProviderRepository;
import org.centrecpd.organisation.importing.Columns.Column;
import org.centrecpd.organisation.importing.PlannedChange.Kind;
import org.centrecpd.organisation.service.AccessScope;
import org.springframework.stereotype.Component;

/**
 * What an organisation spreadsheet would change, worked out without writing anything: each row read and compared with
 * the authorities, providers, groups and centres in the admin's scope (a new centre, a renamed or recommissioned one,
 * or nothing), with the problems that refuse the file. {@link OrganisationImport} shows it as the preview and writes it.
 */
@Component
class OrganisationPlanner {

    private final LocalAuthorityRepository authorities;
    private final ProviderRepository providers;
    private final CentreGroupRepository groups;
    private final CentreRepository centres;
    private final CentreArrangementRepository arrangements;
    private final AccessScope scope;

    OrganisationPlanner(LocalAuthorityRepository authorities, ProviderRepository providers, CentreGroupRepository groups,
                        CentreRepository centres, CentreArrangementRepository arrangements, AccessScope scope) {
        this.authorities = authorities;
        this.providers = providers;
        this.groups = groups;
        this.centres = centres;
        this.arrangements = arrangements;
        this.scope = scope;
    }

    record OrgRow(int row, String authority, String provider, String group, String centre, String reference,
                          String address, String postcode, LocalDate from, Centre existing, boolean recommission) {
    }

    record Plan(ImportPreview preview, List<OrgRow> rows) {
    }

    static String key(String... parts) {
        return String.join("\u0000", parts).toLowerCase(Locale.ROOT);
    }

    Plan plan(byte[] file, String fileName, LocalDate effective) {
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
