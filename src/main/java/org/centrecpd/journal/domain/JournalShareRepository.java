package org.centrecpd.journal.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@ScopedData
public interface JournalShareRepository extends JpaRepository<JournalShare, Long> {

    List<JournalShare> findByEntryIdOrderBySharedAt(long entryId);

    /** The shares of several entries at once (an export: one statement, however many entries). */
    List<JournalShare> findByEntryIdInOrderBySharedAt(java.util.Collection<Long> entryIds);

    Optional<JournalShare> findByEntryIdAndManagerId(long entryId, long managerId);

    @Modifying
    @Query("delete from JournalShare s where s.entryId = :entryId and s.managerId = :managerId")
    int unshare(@Param("entryId") long entryId, @Param("managerId") long managerId);

    /** The authors who have shared something with this manager (the caller checks who still is their staff). */
    @Query("""
        select distinct e.personId from JournalShare s, JournalEntry e
        where s.managerId = :managerId and e.id = s.entryId and e.draft = false""")
    List<Long> authorsSharingWith(@Param("managerId") long managerId);

    /** Entries of one author shared with this manager, newest first (the caller checks the author is their staff today). */
    @Query("""
        select e from JournalShare s, JournalEntry e
        where s.managerId = :managerId and e.id = s.entryId and e.personId = :authorId and e.draft = false
        order by e.createdAt desc, e.id desc""")
    List<JournalEntry> sharedBy(@Param("authorId") long authorId, @Param("managerId") long managerId);
}
