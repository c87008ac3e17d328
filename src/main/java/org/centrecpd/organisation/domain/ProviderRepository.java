package org.centrecpd.organisation.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

    @EntityGraph(attributePaths = "localAuthority")
    Page<Provider> findByNameContainingIgnoreCase(String name, Pageable pageable);

    long countByNameContainingIgnoreCase(String name);

    List<Provider> findByLocalAuthorityOrderByName(LocalAuthority authority);
}
