package org.centrecpd.journal;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.StableId;

/**
 * How a reflection written in the journal is laid out: free text, or one of two reflective models
 * with a section per stage. The {@link #id()} is stored; section keys are stored with each section's
 * text, so they must not change once used. Labels and prompts come from the translation bundle
 * ({@code journal.section.<key>} and {@code journal.section.<key>.prompt}).
 */
public enum ReflectiveModel implements StableId {
    FREE("free", List.of()),
    /** Gibbs' reflective cycle (1988). */
    GIBBS("gibbs", List.of("description", "feelings", "evaluation", "analysis", "conclusion", "action-plan")),
    /** Driscoll's "What? So what? Now what?". */
    WHAT_SO_WHAT("what-so-what", List.of("what", "so-what", "now-what"));

    private final String id;
    private final List<String> sections;

    ReflectiveModel(String id, List<String> sections) {
        this.id = id;
        this.sections = sections;
    }

    @Override
    public String id() {
        return id;
    }

    /** Section keys in the order they are written; empty for a free entry (one body). */
    public List<String> sections() {
        return sections;
    }

    public String key() {
        return "journal.model." + id;
    }

    public static Optional<ReflectiveModel> byId(String id) {
        return StableId.byId(ReflectiveModel.class, id);
    }

    /** For JPA. */
    public static class Converter extends StableId.Converter<ReflectiveModel> {
        public Converter() {
            super(ReflectiveModel.class);
        }
    }
}
