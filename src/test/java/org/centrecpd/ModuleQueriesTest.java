package org.centrecpd;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.organisation.service.CentreScope;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's queries name only what other modules publish. The query language names entities in strings,
 * which neither the compiler nor Spring Modulith's check sees: a JPQL join on another module's internal
 * entity is a dependency on its internals all the same. So every query of every repository (each
 * {@code @Query}, the string constants of the repository and of its fragments' implementations, such as
 * {@code TrainingTrendImpl}'s SQL) is read here, and a query of module X may name an entity of module Y only
 * if that entity lives in Y's top-level package (its API: read models such as {@code organisation.StaffPost}).
 * In plain SQL the same holds for table names: a table of Y may be named only if Y publishes an entity on it. SQL
 * run through {@code JdbcClient} or {@code JdbcTemplate} outside a repository is read from the bytecode of the class
 * that runs it ({@link #sqlRunThroughJdbcNamesOnlyWhatOtherModulesPublish}), with a short allow-list, each entry with
 * its reason.
 * <p>
 * The scope rule is organisation's own published fragment ({@link CentreScope#COVERS}…{@link CentreScope#COVERS_END},
 * {@link CentreScope#OVERSEEN}, {@link CentreScope#OVERSEEN_DURING_T}): its text is taken out before the check. Tables with no entity at all (e.g.
 * {@code reminder_opt_out}) have no known owner and are not checked.
 */
class ModuleQueriesTest {

    private static final String ROOT = "org.centrecpd";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(?:\\.[A-Za-z_][A-Za-z0-9_$]*)*");
    private static final List<String> PUBLISHED_FRAGMENTS = List.of(CentreScope.COVERS, CentreScope.COVERS_END, CentreScope.OVERSEEN,
        CentreScope.OVERSEEN_DURING_T);

    private static final List<String> JDBC_RUNNERS = List.of(JdbcClient.class.getName(), JdbcTemplate.class.getName(),
        NamedParameterJdbcTemplate.class.getName());
    /** SQL as this code base writes it: lower-case keywords. Words in a message ("due from Monday") pass as prose. */
    private static final Pattern SQL = Pattern.compile("\\b(select\\s.+\\sfrom|insert into|delete from|update \\w+ set)\\s",
        Pattern.DOTALL);
    private static final Pattern BARE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * SQL that names another module's tables on purpose, by class (below {@code org.centrecpd}), each with its reason.
     * Keep it short: an entry is a dependency the module structure does not show.
     */
    private static final Map<String, Set<String>> ALLOWED_JDBC = Map.of(
        // Demo seeding: on an empty database at start-up (demo profile only) these write a whole demonstration organisation
        // in bulk SQL, thousands of rows in seconds, where the owning module's API would save one entity at a time and
        // fire its events and mail. They write, never read for a user, and run once; the tests of DemoData keep them honest.
        "demo.DemoData", Set.of("oversight"),
        "demo.LoadData", Set.of("oversight"),
        "demo.DemoJournal", Set.of("journal_entry", "journal_feedback", "journal_read", "journal_share", "supervision_note"),
        "demo.DemoJournalHistory", Set.of("journal_entry", "journal_read", "journal_share", "supervision_note"),
        "casestudies.demo.DemoCaseStudies", Set.of("oversight"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);

    @Test
    void aModulesQueriesNameOnlyWhatOtherModulesPublish() {
        assertThat(violations(CLASSES))
            .as("a query names another module's internal entity or table: read it through a read model that module "
                + "publishes in its top-level package (e.g. organisation.StaffPost, courses.CourseListing)")
            .isEmpty();
    }

    /**
     * SQL run through {@link JdbcClient} (or {@link JdbcTemplate}) is a query too, only its text sits in the method
     * that runs it rather than on a repository. Each class that runs SQL that way has the string constants of its
     * methods read (text blocks, literals, and the constant parts of a concatenation) and every one that reads as SQL is
     * held to the table rule above; so is a string that is nothing but a table name (a table list such as
     * {@code JournalPersonalData}'s, whose names are put into SQL by concatenation).
     */
    @Test
    void sqlRunThroughJdbcNamesOnlyWhatOtherModulesPublish() {
        assertThat(jdbcViolations(CLASSES))
            .as("SQL run through JdbcClient names another module's table: read it through a read model that module "
                + "publishes in its top-level package, or ask that module's API")
            .isEmpty();
    }

    /** The test's own reading of queries finds what it must (so an empty list above means something). */
    @Test
    void theCheckSeesEntityNamesAndTablesInQueries() {
        Map<String, List<Class<?>>> entities = new HashMap<>();
        Map<String, List<Class<?>>> tables = new HashMap<>();
        collectEntities(CLASSES, entities, tables);
        assertThat(entities).containsKeys("Employment", "CourseCompletion", "Assignment");
        assertThat(tables).containsKeys("employment", "course_completion", "assignment");
        List<String> found = new ArrayList<>();
        check("training", "internal", "select e from Employment e join Assignment a on a.personId = e.person.id where"
            + CentreScope.COVERS + "e.centre.id" + CentreScope.COVERS_END, false, entities, tables, found);
        check("training", "published", "select e from StaffPost e join Assignment a on a.personId = e.personId where"
            + CentreScope.COVERS + "e.centreId" + CentreScope.COVERS_END, false, entities, tables, found);
        check("training", "sql", "select 1 from employment e join oversight o on o.account_id = :account"
            + " join assignment a on a.person_id = e.person_id", true, entities, tables, found);
        assertThat(found).containsExactly(
            "training internal names organisation.domain.Employment",
            "training sql names table oversight (organisation publishes no entity on it)");
    }

    /**
     * The JDBC reading sees SQL in a text block, in the constant parts of a concatenation, and a bare table name; it
     * lets a published table ({@code employment}: {@code organisation.StaffPost}) and a sentence that is not SQL pass.
     */
    @Test
    void theJdbcCheckSeesTablesInSqlStrings() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedJdbcQueries.class);
        Map<String, List<Class<?>>> entities = new HashMap<>();
        Map<String, List<Class<?>>> tables = new HashMap<>();
        collectEntities(CLASSES, entities, tables);
        List<String> found = new ArrayList<>();
        checkJdbc(planted, "training", tables, found);
        assertThat(found).containsExactlyInAnyOrder(
            "training PlantedJdbcQueries names table centre_access (organisation publishes no entity on it)",
            "training PlantedJdbcQueries names table oversight (organisation publishes no entity on it)",
            "training PlantedJdbcQueries names table journal_share (journal publishes no entity on it)");
    }

    /** Stands in for a class of the training module that runs SQL; never run, only read. */
    @SuppressWarnings("unused")
    static final class PlantedJdbcQueries {
        private final JdbcClient jdbc;

        PlantedJdbcQueries(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        long inTextBlock(long person) {
            return jdbc.sql("""
                select count(*) from employment e join assignment a on a.person_id = e.person_id
                where e.person_id = :person and exists (select 1 from centre_access sca where sca.centre_id = e.centre_id)""").param("person", person).query(Long.class).single();
        }

        long inConcatenation(String column) {
            return jdbc.sql("select count(*) from oversight o where o." + column + " = 1").query(Long.class).single();
        }

        long byTableName(int which) {
            String[] table = which == 0 ? new String[] {"assignment", "person_id"} : new String[] {"journal_share", "staff_id"};
            return jdbc.sql("select count(*) from " + table[0]).query(Long.class).single();
        }

        String notSql() {
            return "Assignments for this centre are due from Monday";
        }
    }

    static List<String> jdbcViolations(JavaClasses classes) {
        Map<String, List<Class<?>>> entities = new HashMap<>();
        Map<String, List<Class<?>>> tables = new HashMap<>();
        collectEntities(classes, entities, tables);
        List<String> found = new ArrayList<>();
        Map<String, List<JavaClass>> byModule = new TreeMap<>();
        for (JavaClass c : classes) {
            String module = module(c.getPackageName());
            if (module != null && runsSql(c)) {
                byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<String, List<JavaClass>> module : byModule.entrySet()) {
            List<JavaClass> inModule = module.getValue();
            // A class's nested classes and lambdas run its SQL too: read every class of the same source file.
            for (JavaClass c : classes) {
                if (inModule.stream().anyMatch(runner -> topLevel(runner).equals(topLevel(c)))) {
                    checkJdbc(c, module.getKey(), tables, found);
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    private static void checkJdbc(JavaClasses classes, String module, Map<String, List<Class<?>>> tables, List<String> found) {
        for (JavaClass c : classes) {
            checkJdbc(c, module, tables, found);
        }
    }

    private static void checkJdbc(JavaClass c, String module, Map<String, List<Class<?>>> tables, List<String> found) {
        String where = c.getSimpleName().isEmpty() ? c.getName().substring(c.getName().lastIndexOf('.') + 1) : c.getSimpleName();
        where = where.contains("$") ? where.substring(where.lastIndexOf('$') + 1) : where;
        for (String constant : stringConstants(c)) {
            String text = constant.replace('\u0001', ' ').replace('\u0002', ' ');
            List<String> here = new ArrayList<>();
            if (SQL.matcher(text).find()) {
                check(module, where, text, true, Map.of(), tables, here);
            } else if (BARE_NAME.matcher(text).matches() && tables.containsKey(text)) {
                check(module, where, text, true, Map.of(), tables, here);
            }
            for (String violation : here) {
                String table = violation.replaceAll(".* names table (\\S+) .*", "$1");
                if (!ALLOWED_JDBC.getOrDefault(topLevel(c), Set.of()).contains(table)) {
                    found.add(violation);
                }
            }
        }
    }

    private static boolean runsSql(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream()
            .anyMatch(d -> JDBC_RUNNERS.contains(d.getTargetClass().getName()));
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        return (dollar < 0 ? name : name.substring(0, dollar)).substring(ROOT.length() + 1);
    }

    /** The string constants of a class's bytecode: each {@code ldc} of a string and each concatenation's recipe. */
    private static List<String> stringConstants(JavaClass c) {
        String resource = c.getName().replace('.', '/') + ".class";
        try (InputStream in = ModuleQueriesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + c.getName());
            }
            List<String> constants = new ArrayList<>();
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                constants.add(s);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                            for (Object argument : arguments) {
                                if (argument instanceof String s) {
                                    constants.add(s);
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return constants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> violations(JavaClasses classes) {
        Map<String, List<Class<?>>> entities = new HashMap<>();
        Map<String, List<Class<?>>> tables = new HashMap<>();
        collectEntities(classes, entities, tables);
        List<String> found = new ArrayList<>();
        for (JavaClass repository : classes) {
            if (!repository.isInterface() || !repository.isAssignableTo(Repository.class) || module(repository.getPackageName()) == null) {
                continue;
            }
            String module = module(repository.getPackageName());
            Class<?> type = repository.reflect();
            for (Map.Entry<String, Query> query : queries(type).entrySet()) {
                check(module, type.getSimpleName() + "." + query.getKey(), query.getValue().value(), query.getValue().nativeQuery(),
                    entities, tables, found);
            }
            for (Map.Entry<String, String> constant : constants(type).entrySet()) {
                check(module, type.getSimpleName() + "." + constant.getKey(), constant.getValue(), false, entities, tables, found);
            }
            // Fragments: the interfaces a repository adds (e.g. TrainingTrend) and the classes that implement them.
            for (Class<?> fragment : type.getInterfaces()) {
                if (!fragment.getName().startsWith(ROOT + ".")) {
                    continue;
                }
                for (JavaClass implementation : classes) {
                    if (!implementation.isInterface() && implementation.isAssignableTo(fragment)) {
                        for (Map.Entry<String, String> constant : constants(implementation.reflect()).entrySet()) {
                            String where = implementation.getSimpleName() + "." + constant.getKey();
                            check(module, where, constant.getValue(), false, entities, tables, found);
                            check(module, where, constant.getValue(), true, entities, tables, found);
                        }
                    }
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    private static void collectEntities(JavaClasses classes, Map<String, List<Class<?>>> entities, Map<String, List<Class<?>>> tables) {
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith(Entity.class)) {
                continue;
            }
            Class<?> entity = c.reflect();
            String name = entity.getAnnotation(Entity.class).name();
            entities.computeIfAbsent(name.isEmpty() ? entity.getSimpleName() : name, k -> new ArrayList<>()).add(entity);
            entities.computeIfAbsent(entity.getName(), k -> new ArrayList<>()).add(entity);
            Table table = entity.getAnnotation(Table.class);
            String tableName = table != null && !table.name().isEmpty() ? table.name()
                : entity.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
            tables.computeIfAbsent(tableName.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entity);
        }
    }

    private static void check(String module, String where, String query, boolean nativeQuery,
                              Map<String, List<Class<?>>> entities, Map<String, List<Class<?>>> tables, List<String> found) {
        String text = query;
        for (String fragment : PUBLISHED_FRAGMENTS) {
            text = text.replace(fragment, " ");
        }
        Matcher names = NAME.matcher(text);
        while (names.find()) {
            String name = names.group();
            if (!nativeQuery) {
                for (Class<?> entity : entities.getOrDefault(name, List.of())) {
                    String owner = module(entity.getPackageName());
                    if (owner != null && !owner.equals(module) && !isPublished(entity)) {
                        found.add(module + " " + where + " names " + entity.getName().substring(ROOT.length() + 1));
                    }
                }
            } else {
                List<Class<?>> onTable = tables.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
                TreeSet<String> owners = new TreeSet<>();
                onTable.forEach(e -> owners.add(module(e.getPackageName())));
                for (String owner : owners) {
                    boolean published = onTable.stream().anyMatch(e -> owner.equals(module(e.getPackageName())) && isPublished(e));
                    if (!owner.equals(module) && !published) {
                        found.add(module + " " + where + " names table " + name.toLowerCase(Locale.ROOT) + " (" + owner
                            + " publishes no entity on it)");
                    }
                }
            }
        }
    }

    /** The {@code @Query} of each method the repository declares (its own and those of the interfaces it extends). */
    private static Map<String, Query> queries(Class<?> repository) {
        Map<String, Query> queries = new LinkedHashMap<>();
        for (Method method : repository.getMethods()) {
            Query query = method.getAnnotation(Query.class);
            if (query != null) {
                queries.put(method.getName(), query);
            }
        }
        return queries;
    }

    /** String constants (query fragments such as {@code TARGET}, {@code ROW}, {@code DETAILS}), private ones too. */
    private static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                try {
                    field.setAccessible(true);
                    constants.put(field.getName(), (String) field.get(null));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + field.getName(), e);
                }
            }
        }
        return constants;
    }

    /** An entity in a module's top-level package is part of its API (a read model); one in a sub-package is internal. */
    private static boolean isPublished(Class<?> entity) {
        return entity.getPackageName().equals(ROOT + "." + module(entity.getPackageName()));
    }

    private static String module(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
