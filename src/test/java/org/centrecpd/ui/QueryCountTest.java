package org.centrecpd.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The SQL a view issues must not grow with the rows it shows: a partner's home lists dozens of
 * centres with head counts, and must do it in a few statements, not one (or more) per centre.
 */
@SpringBootTest
class QueryCountTest extends SpringBrowserlessTest {

    @Autowired
    EntityManagerFactory emf;
    private Statistics stats;

    @BeforeEach
    void resetStatistics() {
        stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnersHomeWithDozensOfCentresDoesNotQueryPerCentre() {
        stats.clear();
        navigate(HomeView.class);
        int rows = test($(Grid.class).id("my-centres")).size();
        long statements = stats.getPrepareStatementCount();
        System.out.printf("Partner home: %d centres shown with %d SQL statements%n", rows, statements);
        assertThat(rows).isGreaterThan(50);
        // Scope is worked out per service call (a few statements each), never per centre shown.
        assertThat(statements).isLessThan(rows / 3);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theCatalogueDoesNotQueryPerCourse() {
        stats.clear();
        navigate(CatalogueView.class);
        long statements = stats.getPrepareStatementCount();
        System.out.printf("Catalogue: %d SQL statements%n", statements);
        assertThat(statements).isLessThan(5 + 5); // five courses: one statement per course would already exceed this
    }
}
