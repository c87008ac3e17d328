package org.centrecpd.courses.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.Texts;
import org.centrecpd.courses.RatingScale;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.courses.domain.CourseVersion;
import org.centrecpd.courses.domain.UnitPart;
import org.centrecpd.journal.service.CourseRatings;
import org.centrecpd.journal.service.JournalService;
import org.springframework.stereotype.Component;

/**
 * A unit's self-assessments, which live in the learner's journal: the rating parts of a unit page with my ratings and,
 * where a part compares with an earlier unit, my ratings there; and a set of ratings checked against its scale and
 * written out in words, ready for the journal. {@link LearningService} decides who may do either.
 */
@Component
class SelfAssessments {

    private final JournalService journal;

    SelfAssessments(JournalService journal) {
        this.journal = journal;
    }

    /**
     * Builds the self-assessment parts of one unit, reading my ratings from the journal once per unit (and once per
     * earlier unit compared with); {@code tracked} is false for a sign-in without a person, who has no journal.
     */
    Function<UnitPart, UnitPage.Part> parts(String slug, CourseUnit unit, List<CourseUnit> all, boolean tracked) {
        return new Ratings(slug, unit, all, tracked)::part;
    }

    /** My ratings (item id → 1..5; items not yet rated are left out) in the scale's order, with their words, for the journal. */
    CourseRatings entry(String slug, CourseVersion version, CourseUnit unit, UnitPart question, Map<String, Integer> ratings) {
        RatingScale scale = question.getScale();
        Map<String, Integer> inOrder = new LinkedHashMap<>();
        for (RatingScale.Item item : scale.items()) {
            Integer level = ratings.get(item.id());
            if (level != null) {
                inOrder.put(item.id(), level);
            }
        }
        if (inOrder.size() != ratings.size()
            || inOrder.values().stream().anyMatch(level -> level < 1 || level > RatingScale.LEVELS)) {
            throw new RuleViolation("courses.rating.invalid", RatingScale.LEVELS);
        }
        return new CourseRatings(slug, version.getNumber(), version.getTitle(), unit.getUnitKey(),
            unit.getTitle(), question.getQuestionId(), question.getPrompt(), inOrder, summary(scale, inOrder));
    }

    /**
     * The ratings in words for the journal ("Open communication: 3 of 5, developing"). The journal
     * keeps text, not keys, so an entry reads the same in the journal, its export and supervision.
     */
    private static String summary(RatingScale scale, Map<String, Integer> ratings) {
        Texts texts = new Texts();
        StringBuilder out = new StringBuilder();
        for (RatingScale.Item item : scale.items()) {
            Integer level = ratings.get(item.id());
            if (level != null) {
                out.append("- ").append(texts.text(item.key())).append(": ")
                    .append(texts.text("selfAssessment.summary", level, RatingScale.LEVELS, texts.text(RatingScale.levelKey(level))))
                    .append('\n');
            }
        }
        return out.toString().strip();
    }

    private final class Ratings {
        private final String slug;
        private final List<CourseUnit> all;
        private final Map<String, Map<String, Integer>> mine;
        private final Map<String, Map<String, Map<String, Integer>>> earlierUnits = new HashMap<>();
        private final boolean tracked;

        Ratings(String slug, CourseUnit unit, List<CourseUnit> all, boolean tracked) {
            this.slug = slug;
            this.all = all;
            this.tracked = tracked;
            boolean any = unit.getParts().stream().anyMatch(p -> p.getKind() == UnitPart.Kind.RATING);
            this.mine = tracked && any ? journal.courseRatings(slug, unit.getUnitKey()) : Map.of();
        }

        UnitPage.Part part(UnitPart p) {
            Map<String, Integer> earlier = Map.of();
            String earlierTitle = null;
            if (p.getCompareTo() != null) {
                String unitKey = p.getCompareTo().substring(0, p.getCompareTo().indexOf('#'));
                String id = p.getCompareTo().substring(p.getCompareTo().indexOf('#') + 1);
                earlierTitle = all.stream().filter(u -> u.getUnitKey().equals(unitKey)).map(CourseUnit::getTitle)
                    .findFirst().orElse(null);
                if (tracked && earlierTitle != null) {
                    earlier = earlierUnits.computeIfAbsent(unitKey, k -> journal.courseRatings(slug, k))
                        .getOrDefault(id, Map.of());
                }
            }
            return new UnitPage.Rating(p.getQuestionId(), p.getPrompt(), p.getScale().items(),
                mine.getOrDefault(p.getQuestionId(), Map.of()), earlier, earlierTitle);
        }
    }
}
