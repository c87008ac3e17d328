package org.centrecpd.training.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Writes the lines of a rule's audience (read through {@link AssignmentRuleRepository#audience}). */
public interface RuleAudienceRepository extends JpaRepository<RuleAudienceLine, Long> {
}
