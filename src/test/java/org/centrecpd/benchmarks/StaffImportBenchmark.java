package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.importing.ImportPreview;
import org.centrecpd.organisation.importing.ImportResult;
import org.centrecpd.organisation.importing.OrganisationImport;
import org.centrecpd.organisation.importing.PlannedChange;
import org.centrecpd.organisation.importing.StaffImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A 5 000-row staff file (the size of a large authority), as CSV and as XLSX: how long the preview
 * and the import take, on an in-memory H2 of its own with the demo data beside it. Prints figures;
 * asserts only what was imported, never a time.
 * <p>
 * Run: {@code ./mvnw test -Dtest=StaffImportBenchmark} (not part of the normal test run).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:centrecpd-import-benchmark;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class StaffImportBenchmark {

    private static final int STAFF = 5_000;
    private static final int CENTRES = 80;
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Autowired
    OrganisationImport organisation;
    @Autowired
    StaffImport staff;

    @Test
    void fiveThousandStaff() {
        StringBuilder org = new StringBuilder("Local authority,Provider,Group,Centre,Reference,From\n");
        for (int c = 0; c < CENTRES; c++) {
            org.append("Benchshire,Provider ").append(c % 8).append(",Group ").append(c / 3).append(",Bench Centre ").append(c)
                .append(",BEN").append(c).append(",01/04/2025\n");
        }
        organisation.apply(org.toString().getBytes(StandardCharsets.UTF_8), "benchmark-organisation.csv", DAY, d -> { });

        byte[] csv = csv(0);
        byte[] xlsx = xlsx();
        long t0 = System.nanoTime();
        ImportPreview first = staff.preview(csv, "staff.csv", DAY, false);
        long previewNew = System.nanoTime() - t0;
        assertThat(first.problems()).isEmpty();
        assertThat(first.count(PlannedChange.Kind.CREATE)).isEqualTo(STAFF);

        AtomicInteger progressCalls = new AtomicInteger();
        t0 = System.nanoTime();
        ImportResult created = staff.apply(csv, "staff.csv", DAY, false, d -> progressCalls.incrementAndGet());
        long importNew = System.nanoTime() - t0;
        assertThat(created.created()).isEqualTo(STAFF);

        t0 = System.nanoTime();
        ImportPreview again = staff.preview(csv, "staff.csv", DAY, false);
        long previewSame = System.nanoTime() - t0;
        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(STAFF);

        t0 = System.nanoTime();
        ImportPreview fromXlsx = staff.preview(xlsx, "staff.xlsx", DAY, false);
        long previewXlsx = System.nanoTime() - t0;
        assertThat(fromXlsx.problems()).isEmpty();
        assertThat(fromXlsx.unchanged()).isEqualTo(STAFF);

        // One in ten moved centre, and the last 250 have left.
        byte[] changed = csv(1);
        LocalDate later = DAY.plusMonths(3);
        t0 = System.nanoTime();
        ImportPreview moves = staff.preview(changed, "staff-changed.csv", later, true);
        long previewMoves = System.nanoTime() - t0;
        t0 = System.nanoTime();
        ImportResult moved = staff.apply(changed, "staff-changed.csv", later, true, d -> { });
        long importMoves = System.nanoTime() - t0;
        assertThat(moved.changed()).isEqualTo(moves.count(PlannedChange.Kind.CHANGE)).isEqualTo(475);
        assertThat(moved.ended()).isEqualTo(250);

        System.out.printf("""
            Staff import benchmark (%d rows, %d centres; CSV %d KB, XLSX %d KB; one run each, H2 in memory)
              preview, all new (CSV)                 %8.0f ms
              import, all new (CSV, %2d progress updates) %5.0f ms
              preview, same file again (CSV)         %8.0f ms
              preview, same people (XLSX)            %8.0f ms
              preview, 475 moves + 250 leavers       %8.0f ms
              import, 475 moves + 250 leavers        %8.0f ms
            """, STAFF, CENTRES, csv.length / 1024, xlsx.length / 1024, ms(previewNew), progressCalls.get(), ms(importNew),
            ms(previewSame), ms(previewXlsx), ms(previewMoves), ms(importMoves));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Round 0: everyone at their first centre. Round 1: every tenth moved to the next centre; the last 250 gone. */
    private static byte[] csv(int round) {
        StringBuilder s = new StringBuilder("Name,E-mail,Job role,Centre,Start date\n");
        for (int i = 0; i < STAFF; i++) {
            if (round == 1 && i >= STAFF - 250) {
                break;
            }
            int centre = i % CENTRES + (round == 1 && i % 10 == 0 ? 1 : 0);
            s.append("Person ").append(i).append(",person").append(i).append("@bench.example,Family support worker,Bench Centre ")
                .append(centre % CENTRES).append(",01/09/2025\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Staff");
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] headings = {"Name", "E-mail", "Job role", "Centre", "Start date"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            for (int i = 0; i < STAFF; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("Person " + i);
                row.createCell(1).setCellValue("person" + i + "@bench.example");
                row.createCell(2).setCellValue("Family support worker");
                row.createCell(3).setCellValue("BEN" + (i % CENTRES));
                var start = row.createCell(4);
                start.setCellValue(LocalDate.of(2025, 9, 1));
                start.setCellStyle(date);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
