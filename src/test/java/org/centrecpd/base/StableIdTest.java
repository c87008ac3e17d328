package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;
import org.junit.jupiter.api.Test;

/** Values are stored and read by their stable id, never by the Java name. */
class StableIdTest {

    static class KindConverter extends StableId.Converter<CourseKind> {
        KindConverter() {
            super(CourseKind.class);
        }
    }

    @Test
    void aValueIsStoredAsItsIdAndReadBack() {
        KindConverter converter = new KindConverter();
        assertThat(converter.convertToDatabaseColumn(CourseKind.LEADERSHIP_PROGRAMME)).isEqualTo("leadership-programme");
        assertThat(converter.convertToEntityAttribute("workshop")).isEqualTo(CourseKind.WORKSHOP);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(StableId.byId(JobRole.class, "health-visitor")).contains(JobRole.HEALTH_VISITOR);
        assertThat(StableId.byId(JobRole.class, "HEALTH_VISITOR")).isEmpty();
    }

    @Test
    void anUnknownIdInTheDatabaseIsReportedByName() {
        assertThatThrownBy(() -> new KindConverter().convertToEntityAttribute("webinar"))
            .isInstanceOf(IllegalStateException.class).hasMessage("Unknown CourseKind id in the database: webinar");
    }
}
