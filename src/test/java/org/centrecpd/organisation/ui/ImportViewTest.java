package org.centrecpd.organisation.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The import page tells the admin, in words and by row and column, why a file cannot be imported. */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class ImportViewTest extends ViewTest {

    private String status() {
        return $(Paragraph.class).id("import-status").getText();
    }

    @Test
    void problemsAreListedByRowAndColumnAndThereIsNothingToConfirm() {
        navigate(ImportView.class);
        String file = """
            Name,E-mail,Job role,Centre,Start date
            Ruth Row,ruth.row@example.org,Midwife,Ashbrook Children's Centre,31/02/2026
            "=HYPERLINK(""http://evil.example"",""Click"")",sam@example.org,Midwife,Ashbrook Children's Centre,01/01/2026
            """;
        test($(Upload.class).id("import-upload")).upload("staff.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(status()).isEqualTo("staff.csv: 2 rows. To create: 0; to change: 0; to end: 0; already as in the file: 0; problems: 2.");
        Grid<?> problems = $(Grid.class).id("import-problems");
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("Start date");
        assertThat(test(problems).getCellText(0, 2)).isEqualTo("“31/02/2026” is not a date: write it as day/month/year, e.g. 01/09/2026");
        assertThat(test(problems).getCellText(1, 1)).isEqualTo("Name");
        assertThat(test(problems).getCellText(1, 2)).startsWith("This cell holds a spreadsheet formula");
        assertThat($(Button.class).all()).noneMatch(b -> "import-confirm".equals(b.getId().orElse("")));
    }

    @Test
    void aFileOverTheLimitIsRefusedInTheBrowserWithOurMessage() {
        navigate(ImportView.class);
        Upload upload = $(Upload.class).id("import-upload");
        assertThat(upload.getMaxFileSize()).as("checked before sending").isEqualTo(org.centrecpd.organisation.importing.ImportFiles.MAX_BYTES);
        String browserSays = upload.getI18n().getError().getFileIsTooBig();
        assertThat(browserSays).startsWith("Not uploaded: the file is larger than");
        assertThat(upload.getI18n().getUploading().getError().getForbidden()).doesNotContain("forbidden");

        // What the browser reports when it refuses the file before sending it.
        com.vaadin.flow.component.ComponentUtil.fireEvent(upload, new com.vaadin.flow.component.upload.FileRejectedEvent(upload, browserSays, "big.xlsx"));

        assertThat(status()).isEqualTo("The file was not imported: the file is larger than "
            + org.centrecpd.organisation.importing.ImportFiles.MAX_BYTES / (1024 * 1024) + " MB");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedInWords() {
        navigate(ImportView.class);
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        test($(Upload.class).id("import-upload")).upload("report.pdf", "application/pdf", pdf);
        roundTrip();
        assertThat(status()).isEqualTo("The file was not imported: this is not a spreadsheet this import can read. "
            + "Upload a CSV (UTF-8) or an Excel .xlsx file.");
    }

    @Test
    void aGoodFileShowsWhatWillHappenAndOffersToImportIt() {
        navigate(ImportView.class);
        String file = "Name,E-mail,Job role,Centre,Start date\r\nTess Test,tess.test@example.org,Midwife,Ashbrook Children's Centre,01/09/2026\r\n";
        test($(Upload.class).id("import-upload")).upload("one.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(status()).isEqualTo("one.csv: 1 row. To create: 1; to change: 0; to end: 0; already as in the file: 0; problems: 0.");
        Grid<?> changes = $(Grid.class).id("import-changes");
        assertThat(test(changes).getCellText(0, 1)).isEqualTo("Create");
        assertThat(test(changes).getCellText(0, 2)).isEqualTo("tess.test@example.org");
        assertThat($(Button.class).id("import-confirm").getText()).isEqualTo("Import (1 change)");
    }
}
