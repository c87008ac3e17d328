package org.centrecpd.courses.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;

/**
 * Course metadata is stored with the ids the course files use (e.g. {@code family-support-worker}),
 * so a row can be read against courses/README.md without knowing Java enum names.
 */
final class Converters {

    private Converters() {
    }

    @Converter
    static class KindConverter implements AttributeConverter<CourseKind, String> {
        @Override
        public String convertToDatabaseColumn(CourseKind kind) {
            return kind == null ? null : kind.id();
        }

        @Override
        public CourseKind convertToEntityAttribute(String id) {
            return id == null ? null : CourseKind.byId(id).orElseThrow(() -> new IllegalStateException("Unknown course kind " + id));
        }
    }

    @Converter
    static class AreaConverter implements AttributeConverter<CorePurposeArea, String> {
        @Override
        public String convertToDatabaseColumn(CorePurposeArea area) {
            return area == null ? null : area.id();
        }

        @Override
        public CorePurposeArea convertToEntityAttribute(String id) {
            return id == null ? null : CorePurposeArea.byId(id).orElseThrow(() -> new IllegalStateException("Unknown core-purpose area " + id));
        }
    }

    @Converter
    static class JobRoleConverter implements AttributeConverter<JobRole, String> {
        @Override
        public String convertToDatabaseColumn(JobRole role) {
            return role == null ? null : role.id();
        }

        @Override
        public JobRole convertToEntityAttribute(String id) {
            return id == null ? null : JobRole.byId(id).orElseThrow(() -> new IllegalStateException("Unknown job role " + id));
        }
    }
}
