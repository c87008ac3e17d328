package org.centrecpd.base;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/**
 * A closed list of values (job roles, course kinds, core-purpose areas…) whose values have an id
 * that never changes: it is what course files say and what the database stores, so a Java rename
 * never breaks a row or a file.
 */
public interface StableId {

    String id();

    static <E extends Enum<E> & StableId> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Stores a {@link StableId} value as its id. JPA needs one concrete converter class per type:
     * {@code class KindConverter extends StableId.Converter<CourseKind> { KindConverter() { super(CourseKind.class); } }}.
     */
    abstract class Converter<E extends Enum<E> & StableId> implements AttributeConverter<E, String> {

        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.id();
        }

        @Override
        public E convertToEntityAttribute(String id) {
            return id == null ? null : byId(type, id)
                .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " id in the database: " + id));
        }
    }
}
