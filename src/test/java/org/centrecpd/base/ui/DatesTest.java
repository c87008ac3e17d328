package org.centrecpd.base.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed as people in England type them are understood everywhere a date is asked (issue 33 §4). */
class DatesTest {

    @Test
    void aDateFieldReadsDayFirstWithOrWithoutAYearAndMonthNames() {
        DatePicker picker = Dates.picker("Due", LocalDate.of(2026, 12, 7));

        assertThat(picker.getLabel()).isEqualTo("Due");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(picker.getI18n().getDateFormats()).startsWith("d MMM yyyy")
            .contains("d/M/yyyy", "d/M", "d MMM", "d MMMM", "d MMMM yyyy")
            .noneMatch(format -> format.startsWith("M"));
        assertThat(picker.getI18n().getFirstDayOfWeek()).as("weeks start on Monday").isEqualTo(1);
    }

    @Test
    void everyDateFieldOfTheAppComesFromTheSharedSetUp() {
        noClasses().that().doNotBelongToAnyOf(Dates.class)
            .should().callConstructor(DatePicker.class)
            .orShould().callConstructor(DatePicker.class, String.class)
            .orShould().callConstructor(DatePicker.class, String.class, LocalDate.class)
            .orShould().callConstructor(DatePicker.class, LocalDate.class)
            .because("Dates.picker() understands 7/12, 07/12/2026 and 7 Dec; a bare DatePicker reads the browser's locale")
            .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.centrecpd"));
    }
}
