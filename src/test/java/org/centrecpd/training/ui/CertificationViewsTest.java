package org.centrecpd.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.centrecpd.support.ViewTest;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.AssignmentService;
import org.centrecpd.training.service.CpdRecordService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What people see of a certification: the matrix says "Expired" in words (with an icon) and not "Overdue"; the
 * person's record lists each period; the public check says valid, expired or withdrawn, and shows nothing but the
 * name, course, dates and issuer.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class CertificationViewsTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    AssignmentService assigning;
    @Autowired
    CpdRecordService records;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    record Cert(long centre, long person, long completion, String centreName, String email) {
    }

    /** Zed completed "Managing change" on 1 Mar 2024, assigned with a 24-month validity: valid until 1 Mar 2026. */
    private Cert fixture() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("Verify");
        long centre = org.centre("Verifield");
        org.arrangement(centre, provider, null, LocalDate.of(2023, 1, 1), null);
        long zed = org.person("Zed Verified");
        org.employ(zed, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2023, 1, 1), null);
        org.completed(zed, "managing-change", LocalDate.of(2024, 3, 1));
        clock.setDay(LocalDate.of(2024, 3, 10));
        assigning.assign(Assigning.toPeople(org.course("managing-change"), Set.of(zed), LocalDate.of(2024, 4, 1), true, 24));
        long completion = jdbc.queryForObject("select id from course_completion where person_id = ?", Long.class, zed);
        return new Cert(centre, zed, completion, jdbc.queryForObject("select name from centre where id = ?", String.class, centre),
            jdbc.queryForObject("select email from person where id = ?", String.class, zed));
    }

    private java.util.List<String> verifyPage(String code) {
        navigate("verify/" + code, VerifyCertificateView.class);
        String all = $(VerifyCertificateView.class).single().getElement().getTextRecursively();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(all), $(Paragraph.class).all().stream()
            .map(p -> p.getElement().getTextRecursively().strip())).toList();
    }

    @Test
    void theVerificationPageSaysValidExpiredOrWithdrawnAndNothingMoreThanNameCourseDatesAndIssuer() {
        Cert c = fixture();
        clock.setDay(LocalDate.of(2025, 6, 1));
        String code = records.certificate(c.completion()).code();

        var page = verifyPage(code);
        assertThat(page.subList(1, page.size())).containsExactly(
            "Certificate " + code + " is genuine.",
            "Valid: this certification is current. Valid until 1 March 2026.",
            "Zed Verified completed Managing change on 1 March 2024.",
            "Issued by Centre CPD on 1 June 2025.");
        // Nothing else about the person: not where they work, their e-mail, hours or any id.
        assertThat(page.getFirst()).doesNotContain(c.centreName(), c.email(), "1.5", "hours", "version");

        clock.setDay(LocalDate.of(2026, 3, 2));
        assertThat(verifyPage(code)).contains("Expired: this certification was valid until 1 March 2026.");

        // The manager withdraws it from the person's record, giving a reason; the button is then gone.
        navigate("training/people/" + c.person(), PersonTrainingView.class);
        Grid<?> completions = $(Grid.class).id("cpd-completions");
        var withdraw = (com.vaadin.flow.component.button.Button) test(completions).getCellComponent(0, 5);
        assertThat(withdraw.getText()).isEqualTo("Withdraw certificate");
        test(withdraw).click();
        com.vaadin.flow.component.dialog.Dialog dialog = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        test($(com.vaadin.flow.component.textfield.TextField.class, dialog).id("withdraw-reason")).setValue("Issued in error");
        test($(com.vaadin.flow.component.button.Button.class, dialog).id("withdraw-confirm")).click();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
            .isEqualTo("Certificate of Managing change withdrawn.");
        assertThat(test((Grid<?>) $(Grid.class).id("cpd-completions")).getCellComponent(0, 5))
            .isNotInstanceOf(com.vaadin.flow.component.button.Button.class);
        assertThat(jdbc.queryForObject("select withdrawn_reason from certificate where code = ?", String.class, code))
            .isEqualTo("Issued in error");
        assertThat(verifyPage(code)).contains("Withdrawn on 2 March 2026: this certificate no longer stands.")
            .noneMatch(t -> t.contains("Issued in error"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CERTIFICATE_WITHDRAWN' and detail like ?",
            Long.class, "%" + code)).isEqualTo(1);
    }

    @Test
    void theMatrixSaysExpiredInWordsAndTheRecordListsTheCertificationPeriod() {
        Cert c = fixture();
        clock.setDay(LocalDate.of(2026, 3, 2));
        navigate("training/centres/" + c.centre(), CentreTrainingView.class);
        Grid<?> matrix = $(Grid.class).id("matrix");
        assertThat(test(matrix).size()).isEqualTo(1);
        // The matrix's course cells are drawn by the browser from three values per row (StatusLabel.TEMPLATE).
        @SuppressWarnings("unchecked")
        Grid<Object> cells = (Grid<Object>) matrix;
        @SuppressWarnings("unchecked")
        var drawn = ((com.vaadin.flow.data.renderer.LitRenderer<Object>) cells.getColumns().get(2).getRenderer()).getValueProviders();
        Object row = test(cells).getRow(0);
        assertThat(drawn.get("statusWords").apply(row)).isEqualTo("Expired, was valid until 1 Mar 2026");
        assertThat(drawn.get("statusClass").apply(row)).isEqualTo("training-status-expired");
        assertThat(drawn.get("statusIcon").apply(row)).isEqualTo("vaadin:ban");
        assertThat($(Paragraph.class).all()).extracting(p -> p.getText())
            .contains("1 person, 1 course: 0 completed, 0 overdue, 0 renewal due, 1 expired.");

        navigate("training/people/" + c.person(), PersonTrainingView.class);
        @SuppressWarnings("unchecked")
        Grid<org.centrecpd.training.domain.PeriodOfCertification> periods = $(Grid.class).id("cpd-certifications");
        assertThat(test(periods).size()).isEqualTo(1);
        assertThat(test(periods).getCellText(0, 0)).isEqualTo("Managing change");
        assertThat(test(periods).getCellText(0, 3)).isEqualTo("1 Mar 2026");
        assertThat(test(periods).getCellText(0, 4)).isEqualTo("Lapsed");
    }
}
