package org.centrecpd.journal.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Journal entries. Every query names the person whose journal it reads: the service passes the
 * signed-in person (AccessScope.self()), or, for a manager, checks the share first.
 */
@ScopedData
public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    /** The filters of "My journal"; a null filter value means "any". Free text: {@code like} over title and text. */
    String MINE = """
        from JournalEntry e
        where e.personId = :personId
          and (:course is null or e.courseSlug = :course)
          and (:area is null or :area member of e.areas)
          and (:tag is null or :tag member of e.tags)
          and e.createdAt >= :from and e.createdAt < :to
          and (:pattern = '%'
            or lower(coalesce(e.title, '')) like :pattern escape '\\'
            or lower(e.answer) like :pattern escape '\\'
            or lower(coalesce(e.prompt, '')) like :pattern escape '\\'
            or exists (select 1 from JournalEntry x join x.sections s where x = e and lower(s) like :pattern escape '\\'))""";

    @Query("""
        select new org.centrecpd.journal.domain.EntryRow(e.id, coalesce(e.title, e.prompt), e.model, e.courseTitle,
            e.unitTitle, e.draft, e.minutesSpent, e.countsAsCpd, e.createdAt,
            (select count(sh) from JournalShare sh where sh.entryId = e.id))
        """ + MINE + " order by e.createdAt desc, e.id desc")
    List<EntryRow> mine(@Param("personId") long personId, @Param("course") String course, @Param("area") String area,
                        @Param("tag") String tag, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                        @Param("pattern") String pattern, Pageable page);

    @Query("select count(e) " + MINE)
    long countMine(@Param("personId") long personId, @Param("course") String course, @Param("area") String area,
                   @Param("tag") String tag, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                   @Param("pattern") String pattern);

    /** Ids in the same order as {@link #mine}, for exports. */
    @Query("select e.id " + MINE + " order by e.createdAt desc, e.id desc")
    List<Long> mineIds(@Param("personId") long personId, @Param("course") String course, @Param("area") String area,
                       @Param("tag") String tag, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                       @Param("pattern") String pattern);

    Optional<JournalEntry> findByIdAndPersonId(long id, long personId);

    /** Several of a person's entries by id, in any order (the caller orders them). */
    @Query("select e from JournalEntry e where e.personId = :personId and e.id in :ids")
    List<JournalEntry> mineByIds(@Param("personId") long personId, @Param("ids") java.util.Collection<Long> ids);

    Optional<JournalEntry> findByPersonIdAndCourseSlugAndUnitKeyAndQuestionId(long personId, String courseSlug,
                                                                               String unitKey, String questionId);

    List<JournalEntry> findByPersonIdAndCourseSlugAndUnitKey(long personId, String courseSlug, String unitKey);

    /** My unfinished drafts, newest first: offered back when I return. */
    @Query("select e from JournalEntry e where e.personId = :personId and e.draft = true order by e.updatedAt desc")
    List<JournalEntry> drafts(@Param("personId") long personId, Pageable page);

    @Query("select distinct t from JournalEntry e join e.tags t where e.personId = :personId order by t")
    List<String> tagsOf(@Param("personId") long personId);

    /** The course units I have worked on (through my answers), to link a reflection to one of them. */
    @Query("""
        select distinct new org.centrecpd.journal.domain.EntryUnit(e.courseSlug, coalesce(e.courseTitle, e.courseSlug),
            e.unitKey, coalesce(e.unitTitle, e.unitKey))
        from JournalEntry e where e.personId = :personId and e.courseSlug is not null and e.unitKey is not null
        order by coalesce(e.courseTitle, e.courseSlug), coalesce(e.unitTitle, e.unitKey)""")
    List<EntryUnit> unitsOf(@Param("personId") long personId);
}
