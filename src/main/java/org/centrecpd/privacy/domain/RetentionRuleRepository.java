package org.centrecpd.privacy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRuleRepository extends JpaRepository<RetentionRule, Long> {

    List<RetentionRule> findByAuthorityId(long authorityId);

    Optional<RetentionRule> findByAuthorityIdAndKindKey(long authorityId, String kindKey);
}
