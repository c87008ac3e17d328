package org.centrecpd.casestudies;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centrecpd.base.AfterCommit;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.LawfulBasis;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.privacy.RetentionClock;
import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.centrecpd.base.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case studies name their author (by sign-in and by name) and those who reviewed them. A draft nobody has touched
 * for 2 years is deleted with its documents; a published case study is the authority's good practice and stays,
 * with its author's and reviewers' names anonymised 6 years after they left. An erasure deletes the person's
 * unpublished drafts (documents, search entries and stored files with them) and anonymises their name on the rest.
 */
@Component
class CaseStudiesPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(CaseStudiesPersonalData.class);
    static final String FORMER = "Former member of staff";

    static final DataKind DRAFTS = new DataKind("casestudies-drafts", "Abandoned case-study drafts",
        "A case study you are still writing, with its documents", LawfulBasis.PUBLIC_TASK,
        "You; the improvement partners who review it", "Database: case_study and its rows; stored files; the search index",
        RetentionClock.AFTER_RECORDED, 24, DataKind.Disposal.DELETE, null);
    static final DataKind AUTHORSHIP = new DataKind("casestudies-authorship", "Your name on case studies and reviews",
        "To credit the author of published good practice and to record who reviewed it", LawfulBasis.PUBLIC_TASK,
        "Everyone the case study is published to; its reviewers", "Database: case_study.author_name, case_study_review.author_name",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.ANONYMISE, null);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final FileStore files;

    CaseStudiesPersonalData(JdbcClient jdbc, ApplicationEventPublisher events, FileStore files) {
        this.jdbc = jdbc;
        this.events = events;
        this.files = files;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(DRAFTS, AUTHORSHIP);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> written = jdbc.sql("""
                select cs.title, cs.status, cs.created_at, cs.updated_at, cs.author_name, cs.summary
                  from case_study cs join user_account u on u.id = cs.author_account_id where u.person_id = :id order by cs.created_at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toString(),
                rs.getTimestamp(4).toLocalDateTime().toString(), rs.getString(5), rs.getString(6)))
            .list();
        List<List<Object>> reviews = jdbc.sql("""
                select cs.title, r.action, r.at, coalesce(r.comment, '') from case_study_review r join case_study cs on cs.id = r.case_study_id
                  join user_account u on u.id = r.author_account_id where u.person_id = :id order by r.at""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toString(), rs.getString(4)))
            .list();
        return List.of(new Table("Case studies you wrote", List.of("Title", "Status", "Started", "Last changed", "Author", "Summary"), written),
            new Table("Case-study review steps you took", List.of("Case study", "Step", "When", "Comment"), reviews));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (kind.key().equals(AUTHORSHIP.key())) {
            return anonymise(due, apply);
        }
        List<Long> drafts;
        if (due.byPeople()) {
            if (due.people().isEmpty()) {
                return 0;
            }
            drafts = jdbc.sql("""
                    select cs.id from case_study cs join user_account u on u.id = cs.author_account_id
                     where u.person_id in (:people) and cs.status <> 'PUBLISHED'""")
                .param("people", due.people()).query(Long.class).list();
        } else {
            drafts = jdbc.sql("""
                    select cs.id from case_study cs where cs.status = 'DRAFT' and cs.updated_at < :before
                       and cs.author_account_id not in (select u.id from user_account u where u.person_id in (:held))""")
                .param("before", java.sql.Timestamp.valueOf(due.recordedBefore().atStartOfDay())).param("held", due.heldOrNone())
                .query(Long.class).list();
        }
        if (!apply || drafts.isEmpty()) {
            return drafts.size();
        }
        Set<String> hashes = new HashSet<>(jdbc.sql("select sha256 from case_study_attachment where case_study_id in (:ids)")
            .param("ids", drafts).query(String.class).list());
        for (String table : List.of("case_study_centre", "case_study_audience", "case_study_area", "case_study_quality",
            "case_study_age", "case_study_attachment", "case_study_review", "case_study_place")) {
            jdbc.sql("delete from " + table + " where case_study_id in (:ids)").param("ids", drafts).update();
        }
        jdbc.sql("delete from case_study where id in (:ids)").param("ids", drafts).update();
        // Out of the search index (the indexer purges what the database no longer has) and off the disk, once committed.
        drafts.forEach(id -> events.publishEvent(new CaseStudyChanged(id)));
        AfterCommit.run(() -> deleteFiles(hashes));
        return drafts.size();
    }

    private long anonymise(Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        String studies = " from case_study where author_name <> '" + FORMER + "' and author_account_id in "
            + "(select id from user_account where person_id in (:people))";
        String reviews = " from case_study_review where author_name <> '" + FORMER + "' and author_account_id in "
            + "(select id from user_account where person_id in (:people))";
        if (!apply) {
            return jdbc.sql("select count(*)" + studies).param("people", due.people()).query(Long.class).single()
                + jdbc.sql("select count(*)" + reviews).param("people", due.people()).query(Long.class).single();
        }
        List<Long> ids = jdbc.sql("select id" + studies).param("people", due.people()).query(Long.class).list();
        long changed = jdbc.sql("update case_study set author_name = '" + FORMER + "' where id in (select id" + studies + ")")
            .param("people", due.people()).update();
        changed += jdbc.sql("update case_study_review set author_name = '" + FORMER + "' where id in (select id" + reviews + ")")
            .param("people", due.people()).update();
        ids.forEach(id -> events.publishEvent(new CaseStudyChanged(id)));
        return changed;
    }

    private void deleteFiles(Set<String> hashes) {
        try {
            files.deleteUnused(hash -> !hashes.contains(hash)
                || jdbc.sql("select count(*) from case_study_attachment where sha256 = :h").param("h", hash).query(Long.class).single() > 0,
                Duration.ZERO);
        } catch (IOException e) {
            log.warn("Files of deleted case studies could not be deleted now; the nightly sweep will", e);
        }
    }
}
