package org.centrecpd.briefings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.centrecpd.base.ui.BarChart;
import org.centrecpd.briefings.domain.Rows;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.home.HomeView;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The briefing screens on the demo data (BriefingsDemoData): a recipient, the author, a partner. */
@CentreTest
class BriefingViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long briefing(String kind, String status) {
        return jdbc.queryForObject("""
            select b.id from briefing b join local_authority la on la.id = b.local_authority_id
            where la.name = 'Eastmoor County Council' and b.kind = ? and b.status = ? order by b.id fetch first 1 rows only""",
            Long.class, kind, status);
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRecipientFindsTheNewBriefingAtHomeAndOpeningItRecordsTheRead() {
        long action = briefing("ACTION_REQUIRED", "PUBLISHED");
        jdbc.update("update briefing_recipient set read_at = null, done_at = null where briefing_id = ?", action);
        navigate(HomeView.class);
        assertThat($(BriefingsWidget.class).single().getElement().getTextRecursively()).contains("New briefings", "Not read yet");
        navigate("briefings/" + action, BriefingView.class);
        assertThat($(BriefingView.class).single().getPageTitle()).as("the page's h1").contains("referral form");
        assertThat($(com.vaadin.flow.component.html.Article.class).id("briefing-notice").getElement().getTextRecursively())
            .contains("Action required");
        navigate(BriefingsView.class);
        @SuppressWarnings("unchecked")
        Grid<Rows.MyBriefing> mine = $(Grid.class).id("my-briefings");
        Rows.MyBriefing row = java.util.stream.IntStream.range(0, test(mine).size()).mapToObj(i -> test(mine).getRow(i))
            .filter(b -> b.id() == action).findFirst().orElseThrow();
        assertThat(row.isUnread()).isFalse();
        // The scheduled one has not reached anyone yet.
        long scheduled = briefing("INFORMATION", "SCHEDULED");
        assertThat(java.util.stream.IntStream.range(0, test(mine).size()).mapToObj(i -> test(mine).getRow(i).id())).doesNotContain(scheduled);
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theAuthorTracksReadsPerProviderWithAChartAndItsTable() {
        navigate(BriefingsView.class);
        assertThat(test($(Grid.class).id("all-briefings")).size()).isGreaterThanOrEqualTo(3);
        long read = briefing("INFORMATION", "PUBLISHED");
        navigate("briefings/" + read, BriefingView.class);
        assertThat($(Paragraph.class).id("briefing-totals").getText()).contains("received it");
        assertThat($(BarChart.class).id("briefing-read-chart").getElement().getOuterHTML()).contains("<table", "% read");
        assertThat($(UnorderedList.class).id("briefing-unread").getChildren().count()).isGreaterThan(0);
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aPartnerTracksBriefingsToTheCentresSheOversees() {
        navigate(BriefingsView.class);
        assertThat(test($(Grid.class).id("overseen-briefings")).size()).isGreaterThanOrEqualTo(2);
        navigate("briefings/" + briefing("INFORMATION", "PUBLISHED"), BriefingView.class);
        assertThat($(Grid.class).id("briefing-counts")).isNotNull();
    }

    @Test
    @WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void theAuthorReopensAScheduledBriefingWithItsAudienceChosen() {
        long scheduled = briefing("INFORMATION", "SCHEDULED");
        navigate("briefings/edit/" + scheduled, BriefingEditView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Rows.Choice> authorities = $(MultiSelectComboBox.class).id("audience-authorities");
        assertThat(authorities.getValue()).extracting(Rows.Choice::name).containsExactly("Eastmoor County Council");
        assertThat($(MultiSelectComboBox.class).id("audience-centres").getValue()).isEmpty();
        assertThat($(MultiSelectComboBox.class).id("audience-roles").getValue()).isEmpty();
        assertThat($(Paragraph.class).id("briefing-reach").getText()).startsWith("Reaches ").endsWith("people as at the publication date.");
        // A published briefing is revised, not re-addressed: no audience to change.
        navigate("briefings/edit/" + briefing("ACTION_REQUIRED", "PUBLISHED"), BriefingEditView.class);
        assertThat($(MultiSelectComboBox.class).all()).isEmpty();
    }
}
