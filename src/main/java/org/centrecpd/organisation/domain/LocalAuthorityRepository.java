package org.centrecpd.organisation.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, Long> {

    @Query("select a from LocalAuthority a where lower(a.name) like :pattern escape '\\' order by a.name, a.id")
    List<LocalAuthority> findByNameLike(@Param("pattern") String pattern, Pageable page);

    @Query("select count(a) from LocalAuthority a where lower(a.name) like :pattern escape '\\'")
    long countByNameLike(@Param("pattern") String pattern);
}
