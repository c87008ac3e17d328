package org.centrecpd;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.organisation.service.CentreScope;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A module's queries name only what other modules publish. The query language names entities in strings,
 * which neither the compiler nor Spring Modulith's check sees: a JPQL join on another module's internal
 * entity is a dependency on its internals all the same. So every query of every repository (each
 * {@code @Query}, the string constants of the repository and of its fragments' implementations, such as
 * {@code TrainingTrendImpl}'s SQL) is read here, and a query of module X may name an entity of module Y only
 * if that entity lives in Y's top-level package (its API: read models such as {@code organisation.StaffPost}).
 * In plain SQL the same holds for table names: a table of Y may be named only if Y publishes an entity on it.
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
