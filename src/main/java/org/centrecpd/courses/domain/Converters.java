package org.centrecpd.courses.domain;

import jakarta.persistence.Converter;
import org.centrecpd.base.StableId;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.courses.RatingScale;
import org.centrecpd.organisation.JobRole;

/**
 * Course metadata is stored with the ids the course files use (e.g. {@code family-support-worker}),
 * so a row can be read against courses/README.md without knowing Java enum names. JPA needs one
 * concrete class per type; the work is {@link StableId.Converter}'s. Public for the courses module's own read
 * models in its API package ({@code CourseVersionListing}).
 */
public final class Converters {

    private Converters() {
    }

    @Converter
    public static class KindConverter extends StableId.Converter<CourseKind> {
        KindConverter() {
            super(CourseKind.class);
        }
    }

    @Converter
    public static class AreaConverter extends StableId.Converter<CorePurposeArea> {
        AreaConverter() {
            super(CorePurposeArea.class);
        }
    }

    @Converter
    static class JobRoleConverter extends StableId.Converter<JobRole> {
        JobRoleConverter() {
            super(JobRole.class);
        }
    }

    @Converter
    static class ScaleConverter extends StableId.Converter<RatingScale> {
        ScaleConverter() {
            super(RatingScale.class);
        }
    }
}
