package org.centrecpd.courses;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.StableId;

/**
 * The things a self-assessment in a course asks a learner to rate, each from 1 to 5. A course file
 * names a scale by its {@link #id()}; the items come from the code's own list (for leadership, the
 * one {@link LeadershipQuality} enum), so a course cannot drift from the qualities case studies are
 * tagged with. The words people read come from the translation bundle.
 */
public enum RatingScale implements StableId {
    /** The seven qualities of effective children's centre leaders. */
    LEADERSHIP_QUALITIES("leadership-qualities");

    /** Ratings run from 1 to this; each level has a descriptor in the bundle ({@link #levelKey(int)}). */
    public static final int LEVELS = 5;

    /** One thing to rate: its stable id (what the journal stores) and the key of its label. */
    public record Item(String id, String key) {
    }

    private final String id;

    RatingScale(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public List<Item> items() {
        return switch (this) {
            case LEADERSHIP_QUALITIES -> Arrays.stream(LeadershipQuality.values()).map(q -> new Item(q.id(), q.key())).toList();
        };
    }

    public boolean hasItem(String itemId) {
        return items().stream().anyMatch(i -> i.id().equals(itemId));
    }

    /** The descriptor of a level (1 to {@link #LEVELS}), the same for every scale. */
    public static String levelKey(int level) {
        return "selfAssessment.level." + level;
    }

    public static Optional<RatingScale> byId(String id) {
        return StableId.byId(RatingScale.class, id);
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(RatingScale::id).toList());
    }
}
