package org.centrecpd.organisation.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.SearchText;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.CentreGroupRepository;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.LocalAuthorityRepository;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.domain.ProviderRepository;
import org.centrecpd.organisation.domain.WithinAuthority;
import org.centrecpd.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upper levels of the organisation (authorities, providers, groups): admins list and maintain
 * them, and every form that asks "which provider?" picks from here. Views get and give records.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ADMIN_NAME)
public class StructureService {

    private final LocalAuthorityRepository authorities;
    private final ProviderRepository providers;
    private final CentreGroupRepository groups;

    StructureService(LocalAuthorityRepository authorities, ProviderRepository providers, CentreGroupRepository groups) {
        this.authorities = authorities;
        this.providers = providers;
        this.groups = groups;
    }

    public List<Choice> authorityChoices() {
        return authorities.findAll(Sort.by("name")).stream().map(a -> new Choice(a.getId(), a.getName())).toList();
    }

    public List<Choice> providersOf(long authorityId) {
        return providers.findByLocalAuthorityIdOrderByName(authorityId).stream().map(p -> new Choice(p.getId(), p.getName())).toList();
    }

    public List<Choice> groupsOf(long authorityId) {
        return groups.findByLocalAuthorityIdOrderByName(authorityId).stream().map(g -> new Choice(g.getId(), g.getName())).toList();
    }

    public List<StructureItem> authorities(String filter, Pageable page) {
        return authorities.findByNameLike(SearchText.containing(filter), page).stream()
            .map(a -> new StructureItem(a.getId(), a.getVersion(), null, null, a.getName())).toList();
    }

    public long countAuthorities(String filter) {
        return authorities.countByNameLike(SearchText.containing(filter));
    }

    public List<StructureItem> providers(String filter, Pageable page) {
        return providers.findByNameLike(SearchText.containing(filter), page).stream().map(StructureService::item).toList();
    }

    public long countProviders(String filter) {
        return providers.countByNameLike(SearchText.containing(filter));
    }

    public List<StructureItem> groups(String filter, Pageable page) {
        return groups.findByNameLike(SearchText.containing(filter), page).stream().map(StructureService::item).toList();
    }

    public long countGroups(String filter) {
        return groups.countByNameLike(SearchText.containing(filter));
    }

    @Transactional
    public StructureItem saveAuthority(StructureItem item) {
        LocalAuthority saved = saveChecked(() -> {
            LocalAuthority la = current(authorities, item, LocalAuthority::new);
            la.setName(item.name());
            return authorities.saveAndFlush(la);
        }, item.name());
        return new StructureItem(saved.getId(), saved.getVersion(), null, null, saved.getName());
    }

    @Transactional
    public StructureItem saveProvider(StructureItem item) {
        return item(saveChecked(() -> providers.saveAndFlush(edited(providers, item, Provider::new)), item.name()));
    }

    @Transactional
    public StructureItem saveGroup(StructureItem item) {
        return item(saveChecked(() -> groups.saveAndFlush(edited(groups, item, CentreGroup::new)), item.name()));
    }

    /** A provider or group with the form's name; a new one also with its authority (which never changes later). */
    private <T extends WithinAuthority> T edited(JpaRepository<T, Long> repository, StructureItem item, Supplier<T> create) {
        T record = current(repository, item, create);
        if (record.getId() == null) {
            if (item.localAuthorityId() == null) {
                throw new RuleViolation("centre.localAuthority.required");
            }
            record.setLocalAuthority(authorities.findById(item.localAuthorityId())
                .orElseThrow(() -> new NotFoundException("Local authority " + item.localAuthorityId())));
        }
        record.setName(item.name());
        return record;
    }

    /** The stored record the form was opened on (refusing a stale one), or a new one. */
    private static <T extends org.centrecpd.base.VersionedEntity> T current(JpaRepository<T, Long> repository, StructureItem item,
                                                                          Supplier<T> create) {
        if (item.id() == null) {
            return create.get();
        }
        T record = repository.findById(item.id()).orElseThrow(() -> new NotFoundException("Record " + item.id()));
        if (record.getVersion() != item.version()) {
            throw new StaleEditException(item.name(), null);
        }
        return record;
    }

    private static StructureItem item(WithinAuthority w) {
        return new StructureItem(w.getId(), w.getVersion(), w.getLocalAuthority().getId(), w.getLocalAuthority().getName(),
            w.getName());
    }

    private static <T> T saveChecked(Supplier<T> save, String name) {
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException(name, e);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("structure.name.taken", name);
        }
    }
}
