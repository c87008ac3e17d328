package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.privacy.service.Erasure;
import org.centrecpd.privacy.service.LegalHolds;
import org.centrecpd.privacy.service.PersonLookup;
import org.centrecpd.privacy.service.PrivacyNotice;
import org.centrecpd.privacy.service.Retention;
import org.centrecpd.privacy.service.RetentionSchedule;
import org.centrecpd.privacy.service.SubjectAccess;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Everything a data protection officer does is for admins only: practitioners, managers and partners are refused on every call. */
@CentreTest
class PrivacyAccessTest {

    @Autowired
    SubjectAccess subjectAccess;
    @Autowired
    RetentionSchedule schedule;
    @Autowired
    Retention retention;
    @Autowired
    LegalHolds holds;
    @Autowired
    Erasure erasure;
    @Autowired
    PrivacyNotice notice;
    @Autowired
    PersonLookup lookup;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyAdminsAnswerRequestsKeepTheScheduleHoldAndErase() {
        PrivacyPeople people = new PrivacyPeople(jdbc);
        Fixture.Login partner = people.org.login("Pat Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.FAMILY_SUPPORT_WORKER);
        people.org.oversee(partner.personId());
        long ada = people.ada.personId();
        long authority = people.org.authority;
        List<Executable> adminOnly = List.of(
            () -> subjectAccess.raiseFor(ada), () -> subjectAccess.all(), () -> subjectAccess.newLink(1),
            () -> schedule.of(authority), () -> schedule.set(authority, "journal-entries", 12), () -> retention.preview(authority),
            () -> holds.all(), () -> holds.place(ada, "x"), () -> holds.lift(ada), () -> holds.isHeld(ada),
            () -> erasure.preview(ada), () -> erasure.erase(ada, "x"), () -> notice.setContacts(authority, "x", "y"),
            () -> lookup.find("Ada"));
        for (Fixture.Login who : List.of(people.ben, people.manager, partner)) {
            Fixture.signIn(who);
            for (Executable call : adminOnly) {
                assertThatThrownBy(call::execute).as(who.role().name()).isInstanceOf(AccessDeniedException.class);
            }
        }
    }
}
