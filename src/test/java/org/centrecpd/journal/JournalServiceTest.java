package org.centrecpd.journal;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.StaleEditException;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.domain.EntryRow;
import org.centrecpd.journal.service.CourseAnswer;
import org.centrecpd.journal.service.CourseRatings;
import org.centrecpd.journal.service.Entry;
import org.centrecpd.journal.service.EntryDraft;
import org.centrecpd.journal.service.EntryFilter;
import org.centrecpd.journal.service.JournalQueries;
import org.centrecpd.journal.service.JournalService;
import org.centrecpd.journal.service.JournalSharing;
import org.centrecpd.journal.service.Saved;
import org.centrecpd.journal.service.StaffSharing;
import org.centrecpd.journal.service.SupervisionService;
import org.centrecpd.journal.service.UnitLink;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.PersonName;
import org.centrecpd.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The journal's data layer and its rules: writing (models, tags, areas, filters, search, drafts,
 * stale saves), and privacy on every service path for everyone but the author, and the manager an
 * entry was shared with while they manage the author.
 */
@CentreTest
class JournalServiceTest {

    static final String ASHBROOK = "Ashbrook Children's Centre";
    static final String BRAMLEY = "Bramley Children's Centre";

    @Autowired
    JournalService journal;
    @Autowired
    JournalQueries queries;
    @Autowired
    JournalSharing sharing;
    @Autowired
    SupervisionService supervision;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    AccessScope scope;

    JournalPeople fixture;
    /** A practitioner at Ashbrook, line-managed by Daniel Whitcombe (the demo manager) among others. */
    JournalPeople.Made author;
    long daniel;

    @BeforeEach
    void people() {
        fixture = new JournalPeople(people, workplaces, accounts, users, jdbc);
        author = fixture.make("Journal Author", JobRole.FAMILY_SUPPORT_WORKER, ASHBROOK);
        daniel = fixture.personId(DemoLogins.MANAGER);
        fixture.signInAs(author.email());
    }

    private static EntryDraft gibbs(Long id, long version, String title, String description) {
        return new EntryDraft(id, version, title, ReflectiveModel.GIBBS, null,
            Map.of("description", description, "feelings", "Unsure at first, then steadier."),
            Set.of("Fathers", "stay and play"), Set.of("engaging-parents"), 45, true, null);
    }

    private static EntryDraft free(String title, String body) {
        return new EntryDraft(null, 0, title, ReflectiveModel.FREE, body, Map.of(), Set.of(), Set.of(), null, false, null);
    }

    private long finished(EntryDraft draft) {
        return journal.finish(draft).id();
    }

    @AfterEach
    void removePeople() {
        fixture.removeAll();
    }

    @Test
    void aGibbsEntryIsSavedAsADraftWithItsSectionsTagsAndAreasThenFinished() {
        Saved first = journal.save(gibbs(null, 0, "Dads' group", "Two fathers came for the first time."));
        assertThat(queries.myDrafts()).extracting(d -> d.id()).containsExactly(first.id());

        Saved second = journal.save(gibbs(first.id(), first.version(), "Dads' group", "Two fathers came, and stayed."));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isGreaterThan(first.version());
        journal.finish(gibbs(first.id(), second.version(), "Dads' group", "Two fathers came, and stayed."));

        Entry entry = queries.entry(first.id());
        assertThat(entry.model()).isEqualTo(ReflectiveModel.GIBBS);
        assertThat(entry.sections()).containsEntry("description", "Two fathers came, and stayed.")
            .containsEntry("feelings", "Unsure at first, then steadier.").hasSize(2);
        assertThat(entry.tags()).containsExactlyInAnyOrder("fathers", "stay and play");
        assertThat(entry.areas()).containsExactly("engaging-parents");
        assertThat(entry.minutesSpent()).isEqualTo(45);
        assertThat(entry.countsAsCpd()).isTrue();
        assertThat(entry.draft()).isFalse();
        assertThat(queries.myDrafts()).isEmpty();
    }

    @Test
    void aCourseAnswerAndASelfAssessmentAreOneEntryEachReplacedOnEverySave() {
        journal.saveCourseAnswer(new CourseAnswer("a-course", 1, "01-unit.md", "Unit one", "next-step", "What will you try?",
            "Ask.", "A course"));
        journal.saveCourseAnswer(new CourseAnswer("a-course", 2, "01-unit.md", "Unit one", "next-step", "What will you try?",
            "Ask two parents.", "A course"));
        journal.saveCourseRatings(new CourseRatings("a-course", 1, "A course", "01-unit.md", "Unit one", "confidence",
            "How confident are you?", Map.of("vision", 2), "Vision: 2"));
        journal.saveCourseRatings(new CourseRatings("a-course", 1, "A course", "01-unit.md", "Unit one", "confidence",
            "How confident are you?", Map.of("vision", 4, "evidence", 3), "Vision: 4; evidence: 3"));

        assertThat(journal.courseAnswers("a-course", "01-unit.md"))
            .containsOnly(Map.entry("next-step", "Ask two parents."), Map.entry("confidence", "Vision: 4; evidence: 3"));
        assertThat(journal.courseRatings("a-course", "01-unit.md"))
            .containsOnly(Map.entry("confidence", Map.of("vision", 4, "evidence", 3)));
        assertThat(queries.countMine(EntryFilter.all())).isEqualTo(2);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndTheOtherSaveIsKept() {
        Saved first = journal.save(free("Home visit", "First tab."));
        journal.save(new EntryDraft(first.id(), first.version(), "Home visit", ReflectiveModel.FREE, "First tab, more.",
            Map.of(), Set.of(), Set.of(), null, false, null));

        assertThatThrownBy(() -> journal.save(new EntryDraft(first.id(), first.version(), "Home visit",
            ReflectiveModel.FREE, "Second tab.", Map.of(), Set.of(), Set.of(), null, false, null)))
            .isInstanceOf(StaleEditException.class);
        assertThat(queries.entry(first.id()).body()).isEqualTo("First tab, more.");
    }

    @Test
    void cpdTimeNeedsMinutesWhenTheEntryIsFinishedButNeverHoldsUpAnAutosave() {
        EntryDraft noMinutes = new EntryDraft(null, 0, "x", ReflectiveModel.FREE, "y", Map.of(), Set.of(), Set.of(), null,
            true, null);
        Saved draft = journal.save(noMinutes);
        assertThat(queries.entry(draft.id()).body()).isEqualTo("y");
        assertThatThrownBy(() -> journal.finish(new EntryDraft(draft.id(), draft.version(), "x", ReflectiveModel.FREE, "y",
            Map.of(), Set.of(), Set.of(), null, true, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.cpd.needsMinutes");
        assertThatThrownBy(() -> journal.save(new EntryDraft(null, 0, "x", ReflectiveModel.FREE, "y", Map.of(), Set.of(),
            Set.of("not-an-area"), null, false, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.area.unknown");
    }

    @Test
    void anEmptyEntryCannotBeFinishedButAnEntryWithOnlyATagCan() {
        EntryDraft nothing = new EntryDraft(null, 0, "  ", ReflectiveModel.GIBBS, null,
            Map.of("description", " ", "feelings", ""), Set.of(), Set.of(), null, true, null);
        assertThatThrownBy(() -> journal.finish(nothing))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.finish.empty");
        assertThat(queries.countMine(EntryFilter.all())).isZero();

        // Emptied after a save: still refused, and the draft stays a draft.
        Saved draft = journal.save(free("Started", "Then deleted."));
        assertThatThrownBy(() -> journal.finish(new EntryDraft(draft.id(), draft.version(), "", ReflectiveModel.FREE, "",
            Map.of(), Set.of(), Set.of(), null, false, null)))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.finish.empty");
        assertThat(queries.myDrafts()).extracting(d -> d.id()).containsExactly(draft.id());

        long tagged = journal.finish(new EntryDraft(null, 0, "", ReflectiveModel.FREE, "", Map.of(), Set.of("to think about"),
            Set.of(), null, false, null)).id();
        assertThat(queries.entry(tagged).draft()).isFalse();
    }

    @Test
    void myJournalFiltersBySearchTagAreaAndDateNewestFirst() {
        long visit = finished(free("Home visit", "The kitchen table was covered in forms; we did the housing one first."));
        long group = finished(gibbs(null, 0, "Dads' group", "Two fathers came for the first time."));
        long other = finished(free("Team meeting", "Rotas."));

        assertThat(queries.mine(EntryFilter.all(), Pageable.ofSize(10))).extracting(EntryRow::id)
            .containsExactly(other, group, visit);
        assertThat(queries.countMine(EntryFilter.all())).isEqualTo(3);
        assertThat(ids(new EntryFilter("HOUSING", null, null, null, null, null))).containsExactly(visit);
        assertThat(ids(new EntryFilter("fathers came", null, null, null, null, null))).containsExactly(group);
        assertThat(ids(new EntryFilter("100%", null, null, null, null, null))).isEmpty();
        assertThat(ids(new EntryFilter("", null, null, "fathers", null, null))).containsExactly(group);
        assertThat(ids(new EntryFilter("", null, "engaging-parents", null, null, null))).containsExactly(group);
        LocalDate today = LocalDate.now(clock);
        assertThat(ids(new EntryFilter("", null, null, null, today, today))).hasSize(3);
        assertThat(ids(new EntryFilter("", null, null, null, today.plusDays(1), null))).isEmpty();
        assertThat(ids(new EntryFilter("", null, null, null, null, today.minusDays(1)))).isEmpty();
        assertThat(queries.myTags()).containsExactly("fathers", "stay and play");
        assertThat(queries.mine(EntryFilter.all(), Pageable.ofSize(2))).hasSize(2);
    }

    private List<Long> ids(EntryFilter filter) {
        return queries.mine(filter, Pageable.ofSize(10)).stream().map(EntryRow::id).toList();
    }

    @Test
    void anEntryIsDeletedForGoodWithItsSharesAndFeedback() {
        long id = finished(free("To delete", "Gone soon."));
        sharing.share(List.of(id), daniel);
        fixture.signInAs(DemoLogins.MANAGER);
        supervision.giveFeedback(id, "Thanks.");
        fixture.signInAs(author.email());

        journal.delete(id);

        assertThatThrownBy(() -> queries.entry(id)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from journal_feedback where entry_id = ?", Long.class, id)).isZero();
        fixture.signInAs(DemoLogins.MANAGER);
        assertThatThrownBy(() -> supervision.open(id)).isInstanceOf(NotFoundException.class);
    }

    // --- privacy ---

    /** Every path by which someone other than the author could reach the entry or learn of it. */
    private void refusedEverywhere(long entryId, long authorId) {
        assertThatThrownBy(() -> queries.entry(entryId)).isInstanceOf(RuntimeException.class)
            .isInstanceOfAny(NotFoundException.class, RuleViolation.class);
        if (queries.hasJournal()) {
            assertThat(queries.mine(EntryFilter.all(), Pageable.ofSize(500))).extracting(EntryRow::id).doesNotContain(entryId);
            assertThat(queries.forExport(EntryFilter.all())).extracting(Entry::id).doesNotContain(entryId);
            assertThatThrownBy(() -> journal.delete(entryId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> sharing.unshare(entryId, daniel)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> journal.save(new EntryDraft(entryId, 0, "mine now", ReflectiveModel.FREE, "x",
                Map.of(), Set.of(), Set.of(), null, false, null))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> supervision.open(entryId)).isInstanceOf(RuntimeException.class)
            .isInstanceOfAny(NotFoundException.class, RuleViolation.class);
        assertThatThrownBy(() -> supervision.giveFeedback(entryId, "Seen it")).isInstanceOf(RuntimeException.class)
            .isInstanceOfAny(NotFoundException.class, RuleViolation.class);
        assertThatThrownBy(() -> supervision.authorOf(entryId)).isInstanceOf(RuntimeException.class)
            .isInstanceOfAny(NotFoundException.class, RuleViolation.class);
        assertThat(sharingWithMe()).extracting(StaffSharing::personId).doesNotContain(authorId);
        if (sharingWithMe().stream().noneMatch(s -> s.personId() == authorId)) {
            List<Long> visible = supervisionEntryIds(authorId);
            assertThat(visible).doesNotContain(entryId);
        }
    }

    /** Who shares with me; nobody for someone who manages nobody today (refused as "not found"). */
    private List<StaffSharing> sharingWithMe() {
        try {
            return supervision.staffWhoShared();
        } catch (NotFoundException notAManager) {
            return List.of();
        }
    }

    private List<Long> supervisionEntryIds(long authorId) {
        try {
            return supervision.sharedBy(authorId).stream().map(Entry::id).toList();
        } catch (NotFoundException notMyStaff) {
            return List.of();
        }
    }

    @Test
    void aPrivateEntryIsRefusedToEveryoneButTheAuthor() {
        long id = finished(free("Private", "Only mine."));
        JournalPeople.Made colleague = fixture.make("Journal Colleague", JobRole.EARLY_YEARS_PRACTITIONER, ASHBROOK);

        for (String other : List.of(colleague.email(), DemoLogins.MANAGER, DemoLogins.OTHER_MANAGER, DemoLogins.PARTNER,
            DemoLogins.ADMIN)) {
            fixture.signInAs(other);
            refusedEverywhere(id, author.id());
        }
        // The own manager, before anything is shared: the author is their staff, and there is nothing to see.
        fixture.signInAs(DemoLogins.MANAGER);
        assertThat(supervision.staffMember(author.id()).fullName()).isEqualTo("Journal Author");
        assertThat(supervision.sharedBy(author.id())).isEmpty();
    }

    @Test
    void sharedWithMyManagerTheyReadItLeaveFeedbackAndIAmToldWhoReadIt() {
        long id = finished(gibbs(null, 0, "For supervision", "A hard conversation about attendance."));
        long notShared = finished(free("Not shared", "Still private."));
        assertThat(sharing.myLineManagers()).extracting(PersonName::personId).contains(daniel);

        sharing.share(List.of(id), daniel);

        fixture.signInAs(DemoLogins.MANAGER);
        assertThat(supervision.staffWhoShared()).extracting(StaffSharing::personId).contains(author.id());
        assertThat(supervision.sharedBy(author.id())).extracting(Entry::id).containsExactly(id);
        Entry read = supervision.open(id);
        assertThat(read.sections()).containsEntry("description", "A hard conversation about attendance.");
        assertThat(read.shares()).isEmpty();
        supervision.giveFeedback(id, "Good that you named it. Bring it to our next session.");
        refusedEverywhere(notShared, -1);
        assertThat(queries.mine(EntryFilter.all(), Pageable.ofSize(500))).extracting(EntryRow::id).doesNotContain(id);

        fixture.signInAs(DemoLogins.OTHER_MANAGER);
        refusedEverywhere(id, author.id());

        fixture.signInAs(author.email());
        Entry mine = queries.entry(id);
        assertThat(mine.feedback()).extracting(Entry.FeedbackRow::body)
            .containsExactly("Good that you named it. Bring it to our next session.");
        assertThat(mine.feedback().getFirst().authorName()).isEqualTo("Daniel Whitcombe");
        assertThat(mine.reads()).extracting(Entry.ReadRow::readerName).containsExactly("Daniel Whitcombe");
        assertThat(mine.shares()).extracting(Entry.ShareRow::managerId).containsExactly(daniel);
    }

    @Test
    void unsharingEndsAccessAtOnce() {
        long id = finished(free("Shared then not", "Text."));
        sharing.share(List.of(id), daniel);
        fixture.signInAs(DemoLogins.MANAGER);
        assertThat(supervision.open(id).id()).isEqualTo(id);

        fixture.signInAs(author.email());
        sharing.unshare(id, daniel);

        fixture.signInAs(DemoLogins.MANAGER);
        refusedEverywhere(id, author.id());
    }

    @Test
    void onlyMyOwnLineManagersCanBeSharedWithAndDraftsAreNotShared() {
        long priya = fixture.personId(DemoLogins.OTHER_MANAGER);
        long id = finished(free("Entry", "Text."));
        assertThatThrownBy(() -> sharing.share(List.of(id), priya))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.share.notYourManager");
        long draft = journal.save(free("Draft", "Not finished.")).id();
        assertThatThrownBy(() -> sharing.share(List.of(draft), daniel))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.share.draft");
    }

    @Test
    void afterAMoveNeitherTheOldNorTheNewManagerSeesWhatWasSharedBefore() {
        long id = finished(free("Before the move", "Text."));
        sharing.share(List.of(id), daniel);

        fixture.move(author.id(), BRAMLEY, JobRole.FAMILY_SUPPORT_WORKER);

        fixture.signInAs(DemoLogins.MANAGER);
        refusedEverywhere(id, author.id());
        fixture.signInAs(DemoLogins.OTHER_MANAGER);
        refusedEverywhere(id, author.id());
        fixture.signInAs(author.email());
        assertThat(sharing.myLineManagers()).extracting(PersonName::fullName).contains("Priya Natarajan")
            .doesNotContain("Daniel Whitcombe");
        assertThat(queries.entry(id).body()).isEqualTo("Text.");
    }

    @Test
    void lineManagersAreTheCentreManagersWhereSomeoneWorksToday() {
        long amara = fixture.personId(DemoLogins.PRACTITIONER);
        assertThat(scope.myLineManagers()).extracting(PersonName::fullName).contains("Daniel Whitcombe")
            .doesNotContain("Priya Natarajan", "Journal Author");

        fixture.signInAs(DemoLogins.MANAGER);
        assertThat(scope.isMyStaffToday(author.id())).isTrue();
        assertThat(scope.isMyStaffToday(amara)).isTrue();
        assertThat(scope.isMyStaffToday(daniel)).isFalse();
        assertThat(scope.myStaffToday()).extracting(PersonName::personId).contains(author.id(), amara).doesNotContain(daniel);

        fixture.signInAs(DemoLogins.OTHER_MANAGER);
        assertThat(scope.isMyStaffToday(author.id())).isFalse();
        assertThat(scope.myStaffToday()).extracting(PersonName::personId).doesNotContain(author.id(), amara);

        fixture.signInAs(DemoLogins.PARTNER);
        assertThat(scope.myStaffToday()).isEmpty();
        assertThat(scope.isMyStaffToday(author.id())).isFalse();
        fixture.signInAs(DemoLogins.ADMIN);
        assertThat(scope.myLineManagers()).isEmpty();
        assertThat(scope.isMyStaffToday(author.id())).isFalse();
    }

    @Test
    void supervisionNotesAreSeenByTheManagerWhoWroteThemAndTheMemberOfStaff() {
        long id = finished(free("Entry", "Text."));
        sharing.share(List.of(id), daniel);
        fixture.signInAs(DemoLogins.MANAGER);
        supervision.addNote(author.id(), LocalDate.now(clock), "Talked about the attendance worry.", "Call the family by Friday.");
        assertThat(supervision.notes(author.id())).extracting(n -> n.agreedActions()).containsExactly("Call the family by Friday.");

        fixture.signInAs(DemoLogins.OTHER_MANAGER);
        assertThatThrownBy(() -> supervision.notes(author.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supervision.addNote(author.id(), LocalDate.now(clock), "x", "y")).isInstanceOf(NotFoundException.class);

        fixture.signInAs(author.email());
        assertThat(queries.mySupervisionNotes()).extracting(n -> n.notes()).containsExactly("Talked about the attendance worry.");
    }

    @Test
    void aReflectionLinksToAnyUnitOfAPublishedCourseFoundByTitleWithItsTitlesTakenFromTheCourse() {
        assertThat(queries.myUnits()).isEmpty();
        assertThat(queries.linkableUnits("", 0, 200)).hasSizeGreaterThan(25)
            .extracting(UnitLink::courseTitle).contains("Managing change", "Future leaders");
        List<UnitLink> tupe = queries.linkableUnits("tUpE", 0, 50);
        assertThat(tupe).singleElement().satisfies(u -> {
            assertThat(u.courseSlug()).isEqualTo("managing-change");
            assertThat(u.courseTitle()).isEqualTo("Managing change");
            assertThat(u.unitTitle()).isEqualTo("Transfer of staff: TUPE in plain terms");
        });
        // A course title matches all its units; "%" is taken literally, not as a wildcard.
        long unitsInTheCourse;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("courses/managing-change"))) {
            unitsInTheCourse = files.filter(f -> f.getFileName().toString().matches("\\d+-.*\\.md")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(queries.linkableUnits("managing change", 0, 50)).hasSize((int) unitsInTheCourse);
        assertThat(queries.linkableUnits("%", 0, 50)).isEmpty();
        // Pages: the second page continues the first.
        List<UnitLink> all = queries.linkableUnits("", 0, 200);
        assertThat(queries.linkableUnits("", 10, 10)).containsExactlyElementsOf(all.subList(10, 20));

        UnitLink unit = tupe.getFirst();
        // The titles sent with the link are not trusted: the course's own are stored.
        UnitLink forgedTitles = new UnitLink(unit.courseSlug(), "Anything", unit.unitKey(), "At all");
        Saved saved = journal.save(new EntryDraft(null, 0, "Staff transfer", ReflectiveModel.FREE, "What TUPE means for us.",
            Map.of(), Set.of(), Set.of(), null, false, forgedTitles));
        assertThat(queries.entry(saved.id()).link()).isEqualTo(unit);

        assertThatThrownBy(() -> journal.save(new EntryDraft(saved.id(), saved.version(), "Staff transfer", ReflectiveModel.FREE,
            "x", Map.of(), Set.of(), Set.of(), null, false, new UnitLink("managing-change", "Managing change", "no-such-unit", "x"))))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.link.unknown");
        assertThatThrownBy(() -> journal.save(new EntryDraft(saved.id(), saved.version(), "Staff transfer", ReflectiveModel.FREE,
            "x", Map.of(), Set.of(), Set.of(), null, false, new UnitLink("no-such-course", "x", unit.unitKey(), "x"))))
            .isInstanceOf(RuleViolation.class).hasMessage("journal.link.unknown");
        assertThat(queries.entry(saved.id()).link()).isEqualTo(unit);
    }

    @Test
    void supervisionIsForWhoeverLineManagesSomeoneTodayByJobWhateverTheirSignInRole() {
        long id = finished(free("For supervision", "Text."));
        // Signs in as a practitioner, but is made the centre manager at the author's centre today.
        JournalPeople.Made promoted = fixture.make("Newly Promoted", JobRole.EARLY_YEARS_PRACTITIONER, ASHBROOK);
        fixture.move(promoted.id(), ASHBROOK, JobRole.CENTRE_MANAGER);
        // Signs in as a centre manager, but today takes a job that manages nobody.
        JournalPeople.Made steppedDown = fixture.make("Stepped Down", JobRole.CENTRE_MANAGER, ASHBROOK);
        fixture.move(steppedDown.id(), ASHBROOK, JobRole.FAMILY_SUPPORT_WORKER);

        fixture.signInAs(author.email());
        assertThat(sharing.myLineManagers()).extracting(PersonName::personId).contains(promoted.id())
            .doesNotContain(steppedDown.id());
        sharing.share(List.of(id), promoted.id());

        fixture.signInAs(promoted.email());
        assertThat(supervision.mayUse()).isTrue();
        assertThat(supervision.staffWhoShared()).extracting(StaffSharing::personId).containsExactly(author.id());
        assertThat(supervision.open(id).body()).isEqualTo("Text.");

        fixture.signInAs(steppedDown.email());
        assertThat(supervision.mayUse()).isFalse();
        assertThatThrownBy(() -> supervision.staffWhoShared()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> supervision.staffMember(author.id())).isInstanceOf(NotFoundException.class);

        for (String nobodysManager : List.of(DemoLogins.PRACTITIONER, DemoLogins.PARTNER, DemoLogins.ADMIN, author.email())) {
            fixture.signInAs(nobodysManager);
            assertThat(supervision.mayUse()).as(nobodysManager).isFalse();
            assertThatThrownBy(() -> supervision.staffWhoShared()).as(nobodysManager).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> supervision.open(id)).as(nobodysManager).isInstanceOf(NotFoundException.class);
        }
        fixture.signInAs(DemoLogins.MANAGER);
        assertThat(supervision.mayUse()).isTrue();
    }
}
