package org.centrecpd.home;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManagerFactory;
import org.centrecpd.courses.ui.CatalogueView;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.home.HomeView;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The SQL a view issues must not grow with the rows it shows: a partner's home lists dozens of
 * centres with head counts, and must do it in a few statements, not one (or more) per centre.
 */
@CentreTest
class QueryCountTest extends ViewTest {

    @Autowired
    EntityManagerFactory emf;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;
    private Statistics stats;

    @BeforeEach
    void resetStatistics() {
        stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
    }

    @Test
    void aPartnersHomeWithDozensOfCentresDoesNotQueryPerCentre() {
        long[] manager = homeAs(DemoLogins.MANAGER);
        long[] partner = homeAs(DemoLogins.PARTNER);
        System.out.printf("Home page: manager %d centre(s) with %d SQL statements; partner %d centres with %d%n",
            manager[0], manager[1], partner[0], partner[1]);
        assertThat(partner[0] - manager[0]).isGreaterThan(50);
        // Scope is a condition inside the queries, so the partner's remit costs no statement of its
        // own, and 59 more centres cost none either: a single extra statement per centre (or per
        // remit) would show here.
        // The one difference is fixed, not per centre: a partner's home counts the reviews due this term (are
        // the terms there, and the list: two statements) where a manager's lists the open review actions at
        // their centres (one).
        assertThat(partner[1]).isEqualTo(manager[1] + 1);
    }

    /** Signs in as {@code user}, opens the home page and returns {centres shown, SQL statements}. */
    private long[] homeAs(String user) {
        var details = userDetails.loadUserByUsername(user);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
            new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                details, null, details.getAuthorities()));
        stats.clear();
        navigate(HomeView.class);
        int rows = test($(Grid.class).id("my-centres")).size();
        return new long[]{rows, stats.getPrepareStatementCount()};
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theCatalogueDoesNotQueryPerCourse() {
        stats.clear();
        navigate(CatalogueView.class);
        long statements = stats.getPrepareStatementCount();
        System.out.printf("Catalogue: %d SQL statements%n", statements);
        assertThat(statements).isLessThan(6 + 5); // six courses ship: one statement per course would already exceed this
    }
}
