package org.centrecpd.organisation.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, Long> {

    Page<LocalAuthority> findByNameContainingIgnoreCase(String name, Pageable pageable);

    long countByNameContainingIgnoreCase(String name);
}
