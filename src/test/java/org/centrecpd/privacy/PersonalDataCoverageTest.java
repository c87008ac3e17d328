package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.centrecpd.base.ScopedData;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.privacy.service.PrivacyRegister;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Modules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A module cannot be forgotten by the copy, the register or the retention job: every module that owns {@code @ScopedData}
 * repositories implements {@link PersonalData}, and every table whose rows point at a person or a sign-in is named by
 * some kind of data in the register (or listed here with the reason it is not).
 */
@CentreTest
class PersonalDataCoverageTest {

    /** Tables that point at a sign-in only to say which organiser did something administrative. */
    private static final Map<String, String> NOT_PERSONAL_RECORDS = Map.of(
        "workshop_session", "created_by names the organiser's sign-in, anonymised with the sign-in (security.accounts)",
        "workshop_request", "requested_by and decided_by name sign-ins, anonymised with the sign-in (security.accounts)",
        "legal_hold", "the admin's flag on a person: never in their copy (Data Protection Act 2018, Schedule 2), gone when lifted",
        "assignment_rule", "created_by and ended_by name sign-ins as the rule's makers, anonymised with the sign-in (security.accounts);"
            + " whom a rule reached is the assignment rows, training's assignments kind");

    @Autowired
    List<PersonalData> holders;
    @Autowired
    PrivacyRegister register;

    @Test
    void everyModuleThatOwnsScopedDataContributesItsPart() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.centrecpd");
        Set<String> owning = classes.stream().filter(c -> c.isAnnotatedWith(ScopedData.class)).map(PersonalDataCoverageTest::module)
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> contributing = holders.stream().map(h -> module(h.getClass().getName()))
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> modules = Modules.ofTheApplication().stream().map(m -> m.getBasePackage().getName().replace("org.centrecpd.", ""))
            .collect(Collectors.toSet());
        assertThat(owning).as("modules with @ScopedData repositories").contains("journal", "training", "organisation", "privacy");
        assertThat(modules).containsAll(owning);
        assertThat(contributing).as("modules implementing PersonalData").containsAll(owning);
    }

    @Test
    void everyTableThatPointsAtAPersonIsInTheRegister() throws IOException {
        Set<String> tables = tablesPointingAtPeople();
        assertThat(tables).as("the parse finds the tables").contains("person", "journal_entry", "course_completion", "workshop_booking");
        String storedIn = register.kinds().stream().map(DataKind::storedIn).collect(Collectors.joining(" | ")).toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (String table : tables) {
            if (!Pattern.compile("\\b" + table + "\\b").matcher(storedIn).find() && !NOT_PERSONAL_RECORDS.containsKey(table)) {
                missing.add(table);
            }
        }
        assertThat(missing).as("tables of personal data no kind names (add them to a module's PersonalData)").isEmpty();
    }

    @Test
    void everyKindHasAPurposeABasisAndAPeriod() {
        assertThat(register.kinds()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.purpose()).isNotBlank();
            assertThat(k.whoSees()).isNotBlank();
            assertThat(k.basis()).isNotNull();
            assertThat(k.defaultMonths()).isBetween(1, 1200);
        });
    }

    private static Set<String> tablesPointingAtPeople() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?is)create table (\\w+) \\((.*?)\\n\\);");
        Pattern alter = Pattern.compile("(?i)alter table (\\w+) add (?:column )?\\w+ [^;]*references (?:person|user_account)\\b");
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                Matcher m = create.matcher(sql);
                while (m.find()) {
                    if (Pattern.compile("(?i)references (person|user_account)\\b").matcher(m.group(2)).find()
                        || m.group(1).equalsIgnoreCase("person") || m.group(1).equalsIgnoreCase("user_account")) {
                        tables.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                Matcher a = alter.matcher(sql);
                while (a.find()) {
                    tables.add(a.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static String module(JavaClass type) {
        return module(type.getName());
    }

    private static String module(String className) {
        return className.replace("org.centrecpd.", "").split("\\.")[0];
    }
}
