package org.centrecpd.organisation;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.base.NotFoundException;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.CentreOverview;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every service method checks role and scope: these are the refusals a user would run into. */
@CentreTest
class AccessScopeTest {

    @Autowired
    CentreService centres;
    @Autowired
    PeopleService people;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long centreId(String name) {
        return centres.overviews(name, Pageable.ofSize(5)).getFirst().id();
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void adminSeesEveryCentre() {
        // Every centre, the demo's 53 + 82 and those other tests made in this shared database.
        assertThat(centres.countOverviews("")).isEqualTo(jdbc.queryForObject("select count(*) from centre", Long.class))
            .isGreaterThanOrEqualTo(53 + 82);
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void managerSeesOnlyTheirCentreAndItsStaff() {
        var mine = centres.overviews("", Pageable.ofSize(10));
        assertThat(mine).extracting(CentreOverview::name).containsExactly("Ashbrook Children's Centre");
        long ashbrook = mine.getFirst().id();
        assertThat(people.countStaff(ashbrook, "")).isEqualTo(mine.getFirst().staff()).isGreaterThan(15);
    }

    @Test
    @WithUserDetails(value = DemoLogins.OTHER_MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void managerOfAnotherCentreIsToldNotFound() {
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        assertThatThrownBy(() -> people.staff(ashbrook, "", Pageable.ofSize(10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centres.overview(ashbrook)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centres.history(ashbrook)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void practitionerMayNotListStaffOrEditPeople() {
        long ashbrook = centres.overviews("", Pageable.ofSize(1)).getFirst().id();
        assertThatThrownBy(() -> people.staff(ashbrook, "", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.rows("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> centres.rows("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThat(people.colleagues(ashbrook)).extracting(s -> s.fullName()).contains("Daniel Whitcombe", "Amara Osei");
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void partnerSeesTheirAuthorityAndTheirGroupsOnly() {
        long overseen = centres.countOverviews("");
        assertThat(overseen).isGreaterThan(53 + 3).isLessThan(53 + 9); // all Eastmoor + two Southdown groups of 2–4
        var southdown = centres.overviews("", Pageable.ofSize(200)).stream()
            .filter(c -> c.localAuthority().startsWith("Southdown")).toList();
        assertThat(southdown).hasSize((int) overseen - 53);
        assertThat(southdown.stream().map(CentreOverview::group).distinct()).hasSize(2);
    }

    @Autowired
    org.centrecpd.organisation.service.AccessScope scope;

    /**
     * What the search index is given (ids read from the centre_access view in plain SQL) is exactly the scope
     * the database applies to every other list (the same view, joined by JPA): the centres of the list, and
     * for a partner all of them as overseen, for anyone else none.
     */
    private void theSearchIsGivenTheScopeOfEveryList(boolean oversees) {
        var listed = centres.overviews("", Pageable.ofSize(500)).stream().map(CentreOverview::id)
            .collect(java.util.stream.Collectors.toSet());
        var forSearch = scope.forSearch();
        assertThat(forSearch.centres()).isNotEmpty().isEqualTo(listed);
        assertThat(forSearch.overseen()).isEqualTo(oversees ? listed : java.util.Set.of());
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnersSearchScopeIsEveryCentreTheyOversee() {
        theSearchIsGivenTheScopeOfEveryList(true);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPractitionersSearchScopeIsTheirCentre() {
        theSearchIsGivenTheScopeOfEveryList(false);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anAdminsSearchScopeIsEveryCentreOverseeingNone() {
        theSearchIsGivenTheScopeOfEveryList(false);
    }
}
