package org.centrecpd.organisation.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.organisation.domain.CentreGroup;
import org.centrecpd.organisation.domain.CentreGroupRepository;
import org.centrecpd.organisation.domain.LocalAuthority;
import org.centrecpd.organisation.domain.LocalAuthorityRepository;
import org.centrecpd.organisation.domain.Provider;
import org.centrecpd.organisation.domain.ProviderRepository;
import org.centrecpd.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The upper levels of the organisation (authorities, providers, groups): admins maintain them. */
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

    public List<LocalAuthority> authorities() {
        return authorities.findAll(Sort.by("name"));
    }

    public List<LocalAuthority> authorities(String filter, Pageable page) {
        return authorities.findByNameContainingIgnoreCase(blankToEmpty(filter), page).getContent();
    }

    public long countAuthorities(String filter) {
        return authorities.countByNameContainingIgnoreCase(blankToEmpty(filter));
    }

    public List<Provider> providers(String filter, Pageable page) {
        return providers.findByNameContainingIgnoreCase(blankToEmpty(filter), page).getContent();
    }

    public long countProviders(String filter) {
        return providers.countByNameContainingIgnoreCase(blankToEmpty(filter));
    }

    public List<Provider> providersOf(LocalAuthority authority) {
        return providers.findByLocalAuthorityOrderByName(authority);
    }

    public List<CentreGroup> groups(String filter, Pageable page) {
        return groups.findByNameContainingIgnoreCase(blankToEmpty(filter), page).getContent();
    }

    public long countGroups(String filter) {
        return groups.countByNameContainingIgnoreCase(blankToEmpty(filter));
    }

    public List<CentreGroup> groupsOf(LocalAuthority authority) {
        return groups.findByLocalAuthorityOrderByName(authority);
    }

    @Transactional
    public LocalAuthority save(LocalAuthority authority) {
        return saveChecked(() -> authorities.saveAndFlush(authority), authority.getName());
    }

    @Transactional
    public Provider save(Provider provider) {
        return saveChecked(() -> providers.saveAndFlush(provider), provider.getName());
    }

    @Transactional
    public CentreGroup save(CentreGroup group) {
        return saveChecked(() -> groups.saveAndFlush(group), group.getName());
    }

    private static <T> T saveChecked(java.util.function.Supplier<T> save, String name) {
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleEditException(name, e);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("structure.name.taken", name);
        }
    }

    private static String blankToEmpty(String filter) {
        return filter == null ? "" : filter.trim();
    }
}
