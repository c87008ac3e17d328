package org.centrecpd.organisation.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CentreGroupRepository extends JpaRepository<CentreGroup, Long> {

    @EntityGraph(attributePaths = "localAuthority")
    Page<CentreGroup> findByNameContainingIgnoreCase(String name, Pageable pageable);

    long countByNameContainingIgnoreCase(String name);

    List<CentreGroup> findByLocalAuthorityOrderByName(LocalAuthority authority);
}
