package org.centrecpd.organisation.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.domain.PersonRow;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The admin's People grid: one row per person, however many centres they work at today, so that
 * the pages and the total agree; and a page costs the same few statements whatever it shows.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class PeopleGridTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    @Test
    void aGroupManagerWorkingAtSeveralCentresIsListedOnce() {
        // Southdown's group managers are employed at each centre of their group (two to four).
        String manager = jdbc.queryForObject("""
            select p.email from person p join employment e on e.person_id = p.id and e.end_date is null
            group by p.id, p.email having count(*) >= 2 order by p.email fetch first 1 rows only""", String.class);
        navigate(PeopleView.class);
        test($(TextField.class).first()).setValue(manager);
        Grid<PersonRow> grid = $(Grid.class).id("people-grid");
        List<PersonRow> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        assertThat(rows).extracting(PersonRow::email).containsOnlyOnce(manager);
        int index = rows.indexOf(rows.stream().filter(r -> r.email().equals(manager)).findFirst().orElseThrow());
        assertThat(test(grid).getCellText(index, 3)).as("the row names the centres").matches(".+ and [1-3] more");
    }

    @Test
    void theTotalMatchesTheRowsListed() {
        navigate(PeopleView.class);
        Grid<PersonRow> grid = $(Grid.class).id("people-grid");
        long people = jdbc.queryForObject("select count(*) from person", Long.class);
        assertThat(test(grid).size()).isEqualTo((int) people);
        // Every person is reachable exactly once when paging through to the end.
        List<Long> ids = grid.getLazyDataView().getItems().map(PersonRow::id).toList();
        assertThat(ids).hasSize((int) people).doesNotHaveDuplicates();
    }

    @Test
    void aPageOfPeopleCostsAFixedNumberOfStatements() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        navigate(PeopleView.class);
        Grid<PersonRow> grid = $(Grid.class).id("people-grid");
        test(grid).size();
        long firstPage = stats.getPrepareStatementCount();
        stats.clear();
        test($(TextField.class).first()).setValue("a");
        int shown = test(grid).size();
        long filtered = stats.getPrepareStatementCount();
        System.out.printf("People grid: %d SQL statements to open, %d to filter (%d rows)%n", firstPage, filtered, shown);
        assertThat(filtered).isLessThanOrEqualTo(2); // one page query and one count, whatever the page shows
    }
}
