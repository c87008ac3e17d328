package org.centrecpd.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.reviews.domain.Review;
import org.centrecpd.reviews.service.DueLine;
import org.centrecpd.reviews.service.Pack;
import org.centrecpd.reviews.service.ReviewPage;
import org.centrecpd.reviews.service.ReviewActions;
import org.centrecpd.reviews.service.ReviewLists;
import org.centrecpd.reviews.service.ReviewService;
import org.centrecpd.reviews.service.TermChoice;
import org.centrecpd.security.Role;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The termly review against a hand-computed fixture, on each database (H2 and PostgreSQL): the autumn term
 * 2025 (1 September to 31 December, the English default) of a centre that changed provider mid-term, with a
 * person who moved to another centre mid-term, a joiner, assignments, a completion and a journal entry.
 * The clock is 15 January 2026, so autumn is over.
 */
abstract class ReviewDataContract {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final TermChoice AUTUMN_2025 = new TermChoice(2025, Season.AUTUMN);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewActions actions;
    @Autowired
    ReviewLists lists;

    Fixture fx;
    long centreA;
    long centreB;
    long stayer;
    long joiner;
    long mover;
    Fixture.Login manager;
    Fixture.Login practitioner;
    Fixture.Login partner;
    Fixture.Login partnerElsewhere;
    Fixture.Login managerElsewhere;
    long providerBefore;
    long providerAfter;

    @BeforeEach
    void organisation() {
        clock.setDay(TODAY);
        fx = new Fixture(jdbc, "Reviewshire");
        providerBefore = fx.provider("First Provider");
        providerAfter = fx.provider("Second Provider");
        long group = fx.group("Coastal group");
        centreA = fx.centre("Alder");
        centreB = fx.centre("Birch");
        fx.arrangement(centreA, providerBefore, null, Fixture.SINCE, LocalDate.of(2025, 11, 1));
        fx.arrangement(centreA, providerAfter, group, LocalDate.of(2025, 11, 1), null);
        fx.arrangement(centreB, providerBefore, null, Fixture.SINCE, null);
        stayer = fx.person("Sam Stayer");
        fx.employ(stayer, centreA, JobRole.FAMILY_SUPPORT_WORKER, Fixture.SINCE, null);
        joiner = fx.person("Jo Joiner");
        fx.employ(joiner, centreA, JobRole.OUTREACH_WORKER, LocalDate.of(2025, 10, 1), null);
        mover = fx.person("Mo Mover");
        fx.employ(mover, centreA, JobRole.FAMILY_SUPPORT_WORKER, Fixture.SINCE, LocalDate.of(2025, 10, 15));
        fx.employ(mover, centreB, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 10, 15), null);
        manager = fx.login("Meg Manager", Role.CENTRE_MANAGER, centreA, JobRole.CENTRE_MANAGER);
        practitioner = fx.login("Pat Practitioner", Role.PRACTITIONER, centreA, JobRole.EARLY_YEARS_PRACTITIONER);
        managerElsewhere = fx.login("Max Elsewhere", Role.CENTRE_MANAGER, centreB, JobRole.CENTRE_MANAGER);
        partner = fx.login("Polly Partner", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        fx.oversee(partner.personId());
        Fixture other = new Fixture(jdbc, "Elsewhereshire");
        partnerElsewhere = other.login("Pip Elsewhere", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        other.oversee(partnerElsewhere.personId());

        long corePurpose = fx.course("core-purpose");
        long managingChange = fx.course("managing-change");
        // At A on 31 Dec: Sam (required, completed 20 Sep), Jo (required, due 30 Nov: overdue), Sam (recommended, due Feb: due).
        assign(stayer, corePurpose, true, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 20));
        assign(joiner, corePurpose, true, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30), null);
        assign(stayer, managingChange, false, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 1), null);
        // Mo's assignment counts at A on 31 Aug (the previous term's end), at B on 31 Dec: overdue at both.
        assign(mover, corePurpose, true, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), null);
        fx.completed(stayer, "core-purpose", LocalDate.of(2025, 9, 20));
        // Journal: Sam's entry at A counts (30 minutes as CPD); Mo's was written at A but Mo is at B on 31 Dec.
        journal(stayer, LocalDate.of(2025, 10, 10), 30);
        journal(mover, LocalDate.of(2025, 10, 1), 45);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void assign(long person, long course, boolean required, LocalDate on, LocalDate due, LocalDate completed) {
        jdbc.update("insert into assignment (person_id, course_id, due_on, required, assigned_on, completed_on) values (?, ?, ?, ?, ?, ?)",
            person, course, Date.valueOf(due), required, Date.valueOf(on), completed == null ? null : Date.valueOf(completed));
    }

    private void journal(long person, LocalDate on, int minutes) {
        jdbc.update("""
            insert into journal_entry (person_id, answer, created_at, updated_at, minutes_spent, counts_as_cpd, draft, model, title)
            values (?, 'private words', ?, ?, ?, true, false, null, 'A reflection')""",
            person, java.sql.Timestamp.valueOf(on.atTime(10, 0)), java.sql.Timestamp.valueOf(on.atTime(10, 0)), minutes);
    }

    private long prepare() throws Exception {
        return Fixture.as(partner, () -> {
            DueLine line = lists.due(AUTUMN_2025).stream().filter(l -> l.centreId() == centreA).findFirst().orElseThrow();
            return reviews.start(centreA, line.termId());
        });
    }

    private Map<String, Review.Judged> allJudged() {
        Map<String, Review.Judged> judged = new HashMap<>();
        Arrays.stream(CorePurposeArea.values()).forEach(a -> judged.put(a.id(), new Review.Judged(Judgement.DEVELOPING, "Fine")));
        return judged;
    }

    private void writeShareAndSignOff(long id) throws Exception {
        Fixture.as(partner, () -> {
            reviews.write(id, reviews.open(id).version(), LocalDate.of(2025, 12, 10), "Warm", "Training", allJudged());
            actions.add(id, "Finish the core purpose", joiner, LocalDate.of(2026, 1, 10));
            reviews.share(id);
            reviews.signOff(id);
            return null;
        });
    }

    /**
     * Over-long texts sent past the browser's limit (issue 34 §5): an action, a manager's response and a done note of a
     * megabyte are each refused with the limit, and nothing of them is saved.
     */
    @Test
    void aMegabyteInAnActionAResponseOrADoneNoteIsRefusedWithTheLimit() throws Exception {
        String megabyte = "a".repeat(1024 * 1024);
        long id = prepare();
        assertThatThrownBy(() -> Fixture.as(partner, () -> {
            actions.add(id, megabyte, joiner, LocalDate.of(2026, 1, 10));
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey()).isEqualTo("text.tooLong"));
        writeShareAndSignOff(id);
        long action = jdbc.queryForObject("select id from review_action where review_id = ?", Long.class, id);
        assertThatThrownBy(() -> Fixture.as(manager, () -> {
            actions.markDone(action, megabyte);
            return null;
        })).isInstanceOf(RuleViolation.class);
        assertThat(jdbc.queryForObject("select count(*) from review_action where review_id = ?", Integer.class, id))
            .as("only the action of the right length").isEqualTo(1);
        assertThat(jdbc.queryForObject("select done_note from review_action where id = ?", String.class, action)).isNull();
    }

    @Test
    void thePackCountsEachFigureAsAtTheTermsLastDayUnderThatDaysProviderAndStaff() throws Exception {
        long id = prepare();
        Pack pack = Fixture.as(partner, () -> reviews.open(id).pack());
        assertThat(pack.asAt()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(pack.provider()).isEqualTo("Second Provider " + fx.name);
        assertThat(pack.group()).isEqualTo("Coastal group " + fx.name);
        // Sam, Jo, Meg, Pat in post; Jo joined; Mo left (moved to Birch).
        assertThat(pack.staffInPost()).isEqualTo(4);
        assertThat(pack.joiners()).isEqualTo(1);
        assertThat(pack.leavers()).isEqualTo(1);
        assertThat(pack.trainingOfKind(true)).extracting("assigned", "completed", "overdue").containsExactly(2L, 1L, 1L);
        assertThat(pack.trainingOfKind(false)).extracting("assigned", "completed", "overdue").containsExactly(1L, 0L, 0L);
        assertThat(pack.trainingTotal().percentComplete()).isEqualTo(33);
        assertThat(pack.trainingTotal().percentOverdue()).isEqualTo(33);
        // On 31 August Mo still worked at A: Sam's (not yet complete) and Mo's (overdue).
        assertThat(pack.previousAsAt()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(pack.previousTraining()).extracting("assigned", "completed", "overdue").containsExactly(2L, 0L, 1L);
        // The authority on 31 Dec: A's three and Mo's at B.
        assertThat(pack.authorityTraining()).extracting("assigned", "completed", "overdue").containsExactly(4L, 1L, 2L);
        // 1.5 CPD hours for the course (as the fixture records it), half an hour of reflection; Mo's entry is not A's.
        assertThat(pack.journal().written()).isEqualTo(1);
        assertThat(pack.cpdHours()).isEqualByComparingTo(new BigDecimal("2.0"));
        assertThat(pack.coverage()).hasSize(8).allSatisfy(a -> assertThat(a.trainedStaff()).isEqualTo(1));
        assertThat(pack.workshops().sessions()).isZero();
    }

    @Test
    void aSignedOffReviewKeepsItsFiguresWhenTheRecordsChange() throws Exception {
        long id = prepare();
        writeShareAndSignOff(id);
        // Later, Jo's overdue course is recorded as completed in the autumn, and someone else joins A in the autumn.
        jdbc.update("update assignment set completed_on = date '2025-12-01' where person_id = ?", joiner);
        long late = fx.person("Lee Late");
        fx.employ(late, centreA, JobRole.MIDWIFE, LocalDate.of(2025, 11, 3), null);
        Pack pack = Fixture.as(partner, () -> reviews.open(id).pack());
        assertThat(pack.trainingOfKind(true)).extracting("completed", "overdue").containsExactly(1L, 1L);
        assertThat(pack.staffInPost()).isEqualTo(4);
        ReviewPage page = Fixture.as(manager, () -> reviews.open(id));
        assertThat(page.isFrozen()).isTrue();
        assertThat(page.pack().trainingOfKind(true).completed()).isEqualTo(1);
        assertThatThrownBy(() -> Fixture.as(partner, () -> {
            reviews.write(id, page.version(), null, "changed", "changed", Map.of());
            return null;
        })).isInstanceOf(RuleViolation.class);
        // An amendment is a new, linked revision with today's figures once it is signed off in its turn.
        long amended = Fixture.as(partner, () -> reviews.amend(id));
        ReviewPage draft = Fixture.as(partner, () -> reviews.open(amended));
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.amendsId()).isEqualTo(id);
        assertThat(draft.pack().trainingOfKind(true).completed()).isEqualTo(2);
        assertThat(draft.actions()).extracting(ReviewPage.ActionLine::body).containsExactly("Finish the core purpose");
    }

    @Test
    void aReviewStaysWithThePartnerWhoOversawTheCentreDuringItsTerm() throws Exception {
        // The term's dates as the authority has them (made on first use); the centre moves group the day after it ends.
        Fixture.as(partner, () -> lists.due(AUTUMN_2025));
        Map<String, Object> dates = jdbc.queryForMap("select valid_from, valid_to from review_term where local_authority_id = ? "
            + "and school_year = 2025 and season = 'AUTUMN'", fx.authority);
        LocalDate termStart = ((java.sql.Date) dates.get("VALID_FROM")).toLocalDate();
        LocalDate dayAfter = ((java.sql.Date) dates.get("VALID_TO")).toLocalDate();
        long west = fx.group("West group");
        long east = fx.group("East group");
        long dogwood = fx.centre("Dogwood");
        fx.arrangement(dogwood, providerBefore, west, Fixture.SINCE, dayAfter);
        fx.arrangement(dogwood, providerBefore, east, dayAfter, null);
        Fixture.Login westPartner = fx.login("Wyn West", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        Fixture.Login eastPartner = fx.login("Eda East", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        for (Object[] remit : new Object[][] {{westPartner, west}, {eastPartner, east}}) {
            jdbc.update("insert into oversight (person_id, centre_group_id, valid_from) values (?, ?, ?)",
                ((Fixture.Login) remit[0]).personId(), remit[1], Date.valueOf(Fixture.SINCE));
        }
        clock.setDay(termStart.plusDays(10));
        long id = Fixture.as(westPartner, () -> {
            DueLine line = lists.due(AUTUMN_2025).stream().filter(l -> l.centreId() == dogwood).findFirst().orElseThrow();
            return reviews.start(dogwood, line.termId());
        });

        clock.setDay(TODAY.isBefore(dayAfter) ? dayAfter.plusDays(1) : TODAY);
        // The centre is East's now; West oversaw it during the term and still holds the review, and may finish it.
        Fixture.as(westPartner, () -> {
            reviews.write(id, reviews.open(id).version(), termStart.plusDays(20), "Warm welcome", "Supervision", allJudged());
            return null;
        });
        assertThat(Fixture.as(westPartner, () -> reviews.open(id).centre())).isEqualTo("Dogwood " + fx.name);
        assertThat(Fixture.as(westPartner, () -> lists.due(AUTUMN_2025))).as("not West's to start any more")
            .noneMatch(l -> l.centreId() == dogwood);
        // East took it over after the term: not theirs, on any path (they start from its actions in their own next pack).
        assertThatThrownBy(() -> Fixture.as(eastPartner, () -> reviews.open(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(eastPartner, () -> reviews.pdf(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(eastPartner, () -> reviews.amend(id))).isInstanceOf(NotFoundException.class);
        // The authority-wide partner oversaw it throughout.
        assertThat(Fixture.as(partner, () -> reviews.open(id).strengths())).isEqualTo("Warm welcome");
    }

    @Test
    void theDatabaseHoldsOneReviewPerCentreAndTerm() throws Exception {
        long id = prepare();
        long term = jdbc.queryForObject("select term_id from review where id = ?", Long.class, id);
        assertThatThrownBy(() -> jdbc.update("""
                insert into review (centre_id, term_id, status, partner_account_id, partner_name, created_at)
                values (?, ?, 'DRAFT', ?, 'Someone', current_timestamp)""", centreA, term, partner.accountId()))
            .isInstanceOf(DataIntegrityViolationException.class);
        // Preparing again opens the same review.
        assertThat(prepare()).isEqualTo(id);
    }

    @Test
    void onlyThoseWhoMaySeeAReviewReachItOnAnyPath() throws Exception {
        long id = prepare();
        // A partner elsewhere, a manager elsewhere: not found. The centre's manager: not until it is shared.
        for (Fixture.Login outsider : new Fixture.Login[] {partnerElsewhere, managerElsewhere, manager}) {
            assertThatThrownBy(() -> Fixture.as(outsider, () -> reviews.open(id))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixture.as(practitioner, () -> reviews.open(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixture.as(partnerElsewhere, () -> reviews.start(centreA, 1L))).isInstanceOf(NotFoundException.class);
        assertThat(Fixture.as(partnerElsewhere, () -> lists.due(AUTUMN_2025))).noneMatch(l -> l.centreId() == centreA);
        writeShareAndSignOff(id);
        assertThat(Fixture.as(manager, () -> reviews.open(id).centre())).isEqualTo("Alder " + fx.name);
        for (Fixture.Login outsider : new Fixture.Login[] {partnerElsewhere, managerElsewhere}) {
            assertThatThrownBy(() -> Fixture.as(outsider, () -> reviews.pdf(id))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> Fixture.as(partnerElsewhere, () -> reviews.amend(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(manager, () -> reviews.amend(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixture.as(practitioner, () -> reviews.pdf(id))).isInstanceOf(AccessDeniedException.class);
        // The action's owner (Jo has no sign-in here) is followed up by the manager; nobody elsewhere may mark it done.
        long action = Fixture.as(manager, () -> reviews.open(id).actions().getFirst().id());
        assertThatThrownBy(() -> Fixture.as(managerElsewhere, () -> {
            actions.markDone(action, "no");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Fixture.as(practitioner, () -> {
            actions.markDone(action, "not mine");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(Fixture.as(manager, () -> actions.atMyCentres())).anyMatch(a -> a.actionId() == action);
        Fixture.as(manager, () -> {
            actions.markDone(action, "Done at the team day");
            return null;
        });
        assertThat(Fixture.as(manager, () -> reviews.open(id).actions().getFirst().doneNote())).isEqualTo("Done at the team day");
        // Sign-off and download are in the audit log.
        Fixture.as(manager, () -> reviews.pdf(id));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('REVIEW_SIGNED_OFF', 'REVIEW_DOWNLOADED') and subject like ?",
            Long.class, "Alder " + fx.name + "%")).isEqualTo(2);
    }

    @Test
    void theNextTermsPackStartsFromTheActionsAgreedBefore() throws Exception {
        long id = prepare();
        writeShareAndSignOff(id);
        long next = Fixture.as(partner, () -> {
            DueLine line = lists.due(new TermChoice(2025, Season.SPRING)).stream().filter(l -> l.centreId() == centreA).findFirst()
                .orElseThrow();
            return reviews.start(centreA, line.termId());
        });
        Pack pack = Fixture.as(partner, () -> reviews.open(next).pack());
        assertThat(pack.previousActions()).extracting(Pack.PreviousAction::body, Pack.PreviousAction::doneOn)
            .containsExactly(org.assertj.core.api.Assertions.tuple("Finish the core purpose", null));
        assertThat(pack.previousAsAt()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void anAuthorityThatReviewsOnceAYearHasNoCentreDueInAutumn() throws Exception {
        jdbc.update("insert into review_frequency (local_authority_id, reviews_per_year) values (?, 1)", fx.authority);
        assertThat(Fixture.as(partner, () -> lists.due(AUTUMN_2025))).noneMatch(l -> l.centreId() == centreA);
        assertThat(Fixture.as(partner, () -> lists.due(new TermChoice(2025, Season.SUMMER)))).anyMatch(l -> l.centreId() == centreA);
    }
}
