package org.centrecpd.courses;

import java.util.Optional;
import org.centrecpd.base.StableId;

/** What sort of course it is; the {@link #id()} is the {@code kind} of course.yml. */
public enum CourseKind implements StableId {
    /** Weekly units over several weeks; units carry a week number. */
    LEADERSHIP_PROGRAMME("leadership-programme"),
    WORKSHOP("workshop"),
    REFLECTIVE_MODULE("reflective-module");

    private final String id;

    CourseKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public String key() {
        return "courseKind." + id;
    }

    public static Optional<CourseKind> byId(String id) {
        return StableId.byId(CourseKind.class, id);
    }
}
