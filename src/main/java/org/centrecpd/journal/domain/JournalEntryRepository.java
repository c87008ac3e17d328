package org.centrecpd.journal.domain;

import org.centrecpd.base.ScopedData;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    Optional<JournalEntry> findByPersonIdAndCourseSlugAndUnitKeyAndQuestionId(long personId, String courseSlug,
                                                                               String unitKey, String questionId);

    List<JournalEntry> findByPersonIdAndCourseSlugAndUnitKey(long personId, String courseSlug, String unitKey);
}
