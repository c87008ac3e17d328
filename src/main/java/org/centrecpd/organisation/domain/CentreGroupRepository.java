package org.centrecpd.organisation.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CentreGroupRepository extends JpaRepository<CentreGroup, Long> {

    /** Matching what was typed anywhere in the name, with the authority in the same query. */
    @Query("""
        select x from CentreGroup x join fetch x.localAuthority where lower(x.name) like :pattern escape '\\'
        order by x.name, x.id""")
    List<CentreGroup> findByNameLike(@Param("pattern") String pattern, Pageable page);

    @Query("select count(x) from CentreGroup x where lower(x.name) like :pattern escape '\\'")
    long countByNameLike(@Param("pattern") String pattern);

    List<CentreGroup> findByLocalAuthorityIdOrderByName(long localAuthorityId);
}
