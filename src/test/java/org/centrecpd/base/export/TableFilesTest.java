package org.centrecpd.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports read back as a spreadsheet would read them: text stays text, even when it looks like a formula. */
class TableFilesTest {

    private final Table table = new Table("Training matrix: Ashbrook", List.of("Name", "Course", "Due", "Hours"), List.of(
        List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "Managing change", LocalDate.of(2026, 2, 28), 2.5),
        List.of("Zoë O'Brien, deputy", "+44 \"quoted\"", LocalDate.of(2026, 3, 1), -1),
        List.of("@SUM(A1)", "-minus", LocalDate.of(2026, 3, 2), 0)));

    @Test
    void csvQuotesAndNeverLetsAFormulaRun() {
        String csv = new String(TableFiles.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Course,Due,Hours\r\n");
        assertThat(csv.split("\r\n")).containsExactly(
            "\uFEFFName,Course,Due,Hours",
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",Managing change,2026-02-28,2.5",
            "\"Zoë O'Brien, deputy\",\"'+44 \"\"quoted\"\"\",2026-03-01,-1",
            "'@SUM(A1),'-minus,2026-03-02,0");
    }

    @Test
    void xlsxHasTextDatesAndNumbersAndNoFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.xlsx(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Training matrix  Ashbrook");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("no visible apostrophe")
                .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).as("quote-prefixed text").isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).as("plain text is plain").isFalse();
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Zoë O'Brien, deputy");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("-minus");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void formulaLikeTextIsEscapedEvenBehindSpacesOrInFullWidth() {
        assertThat(TableFiles.safe("  =1+1")).isEqualTo("'  =1+1");
        assertThat(TableFiles.safe("\uFF1DHYPERLINK(\"http://evil.example\")")).startsWith("'");
        assertThat(TableFiles.safe("\uFF0B44")).startsWith("'");
        assertThat(TableFiles.safe("\nnew line first")).startsWith("'");
        assertThat(TableFiles.safe("Zoë = a name with an equals sign later")).doesNotStartWith("'");
        assertThat(TableFiles.safe("")).isEmpty();
        assertThat(TableFiles.safe("   ")).isEqualTo("   ");
    }

    @Test
    void dateTimesAreRealDateTimesInXlsxAndSortableTextInCsv() throws IOException {
        Table log = new Table("Audit log", List.of("When", "Instant"), List.<List<Object>>of(
            List.of(LocalDateTime.of(2026, 12, 7, 9, 30, 5), Instant.parse("2026-07-01T08:00:00Z"))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.xlsx(log)))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 30, 5));
            assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy hh:mm:ss");
            assertThat(row.getCell(1).getLocalDateTimeCellValue()).as("British Summer Time").isEqualTo(LocalDateTime.of(2026, 7, 1, 9, 0));
        }
        assertThat(new String(TableFiles.csv(log), StandardCharsets.UTF_8)).contains("2026-12-07 09:30:05,2026-07-01 09:00:00");
    }

    @Test
    void everySheetNameInTheBundleFitsASpreadsheetTab() throws IOException {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = TableFilesTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(bundle.getProperty("training.matrix.sheet")).isEqualTo("Training matrix");
        bundle.stringPropertyNames().stream().filter(k -> k.endsWith(".sheet")).forEach(key ->
            assertThat(bundle.getProperty(key)).as(key).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[:\\\\/?*\\[\\]]"));
    }
}
