package org.centrecpd.training.service;

import java.util.List;
import org.centrecpd.journal.service.ExternalLearning;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.training.domain.EvidenceRepository;
import org.centrecpd.training.domain.ExternalEvidence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The journal's portfolio asks for my verified external learning: training answers, for the signed-in person only. */
@Component
@Transactional(readOnly = true)
class PortfolioEvidence implements ExternalLearning {

    private final AccessScope scope;
    private final EvidenceRepository evidence;

    PortfolioEvidence(AccessScope scope, EvidenceRepository evidence) {
        this.scope = scope;
        this.evidence = evidence;
    }

    @Override
    public List<Item> mine() {
        return scope.self().map(me -> evidence.ofPerson(me).stream().filter(e -> e.status() == ExternalEvidence.Status.VERIFIED)
            .map(e -> new Item(e.title(), e.provider(), e.completedOn(), e.cpdHours(), e.courseTitle())).toList()).orElse(List.of());
    }
}
