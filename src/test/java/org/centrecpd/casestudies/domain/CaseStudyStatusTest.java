package org.centrecpd.casestudies.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.centrecpd.base.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A case study's review is a small state machine: six steps are allowed, and every other one of the 25
 * pairs of states is refused by {@link CaseStudy#moveTo}, saying where the case study may go instead.
 */
class CaseStudyStatusTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    /** Each step the review allows. */
    private static final Set<List<CaseStudyStatus>> ALLOWED = Set.of(
        List.of(CaseStudyStatus.DRAFT, CaseStudyStatus.CHANGES_REQUESTED),
        List.of(CaseStudyStatus.DRAFT, CaseStudyStatus.APPROVED),
        List.of(CaseStudyStatus.CHANGES_REQUESTED, CaseStudyStatus.DRAFT),
        List.of(CaseStudyStatus.APPROVED, CaseStudyStatus.PUBLISHED),
        List.of(CaseStudyStatus.APPROVED, CaseStudyStatus.CHANGES_REQUESTED),
        List.of(CaseStudyStatus.PUBLISHED, CaseStudyStatus.WITHDRAWN));

    /** How a new case study reaches each state, by allowed steps. */
    private static final Map<CaseStudyStatus, List<CaseStudyStatus>> WAY_TO = Map.of(
        CaseStudyStatus.DRAFT, List.of(),
        CaseStudyStatus.CHANGES_REQUESTED, List.of(CaseStudyStatus.CHANGES_REQUESTED),
        CaseStudyStatus.APPROVED, List.of(CaseStudyStatus.APPROVED),
        CaseStudyStatus.PUBLISHED, List.of(CaseStudyStatus.APPROVED, CaseStudyStatus.PUBLISHED),
        CaseStudyStatus.WITHDRAWN, List.of(CaseStudyStatus.APPROVED, CaseStudyStatus.PUBLISHED, CaseStudyStatus.WITHDRAWN));

    private static CaseStudy in(CaseStudyStatus status) {
        CaseStudy study = new CaseStudy(7, "Helen Marsh", NOW);
        WAY_TO.get(status).forEach(step -> study.moveTo(step, NOW));
        assertThat(study.getStatus()).isEqualTo(status);
        return study;
    }

    static Stream<Arguments> refusedSteps() {
        List<Arguments> refused = new ArrayList<>();
        for (CaseStudyStatus from : CaseStudyStatus.values()) {
            for (CaseStudyStatus to : CaseStudyStatus.values()) {
                if (!ALLOWED.contains(List.of(from, to))) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.stream();
    }

    @Test
    void theSixStepsOfTheReviewAreAllowedAndNoOther() {
        assertThat(refusedSteps()).hasSize(25 - 6);
        for (List<CaseStudyStatus> step : ALLOWED) {
            CaseStudy study = in(step.get(0));
            study.moveTo(step.get(1), NOW.plusDays(1));
            assertThat(study.getStatus()).isEqualTo(step.get(1));
            assertThat(study.getUpdatedAt()).isEqualTo(NOW.plusDays(1));
        }
    }

    @ParameterizedTest(name = "{0} to {1} is refused")
    @MethodSource("refusedSteps")
    void everyOtherStepIsRefusedAndTheCaseStudyStaysWhereItWas(CaseStudyStatus from, CaseStudyStatus to) {
        CaseStudy study = in(from);
        assertThatThrownBy(() -> study.moveTo(to, NOW.plusDays(1)))
            .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                if (from == CaseStudyStatus.WITHDRAWN) {
                    assertThat(refused.messageKey()).isEqualTo("casestudies.status.final");
                    assertThat(refused.arguments()).containsExactly("withdrawn", words(to));
                } else {
                    assertThat(refused.messageKey()).isEqualTo("casestudies.status.refused");
                    assertThat(refused.arguments()).startsWith(words(from), words(to));
                }
            });
        assertThat(study.getStatus()).isEqualTo(from);
        assertThat(study.getUpdatedAt()).isNotEqualTo(NOW.plusDays(1));
    }

    @Test
    void theRefusalSaysWhereTheCaseStudyMayGoInstead() {
        assertThatThrownBy(() -> in(CaseStudyStatus.DRAFT).moveTo(CaseStudyStatus.PUBLISHED, NOW))
            .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.arguments())
                .containsExactly("draft", "published", "changes requested or approved"));
    }

    @Test
    void aCaseStudyThatCannotBePublishedKeepsItsAudience() {
        CaseStudy draft = in(CaseStudyStatus.DRAFT);
        assertThatThrownBy(() -> draft.publish(Set.of(1L, 2L), true, NOW)).isInstanceOf(RuleViolation.class);
        assertThat(draft.getAudienceCentreIds()).isEmpty();
        assertThat(draft.isPublishedToAll()).isFalse();
        assertThat(draft.getPublishedAt()).isNull();
    }

    private static String words(CaseStudyStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
