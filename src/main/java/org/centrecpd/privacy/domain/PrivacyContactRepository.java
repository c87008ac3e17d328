package org.centrecpd.privacy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivacyContactRepository extends JpaRepository<PrivacyContact, Long> {

    Optional<PrivacyContact> findByAuthorityId(long authorityId);

    /** Each authority's controller and DPO, by the authority's name, for the privacy notice. */
    @Query("select new org.centrecpd.privacy.domain.ContactRow(a.id, a.name, c.controller, c.dpoContact) "
        + "from PrivacyContact c, org.centrecpd.organisation.AuthorityName a where a.id = c.authorityId order by a.name")
    List<ContactRow> contacts();
}
