package org.centrecpd.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.centrecpd.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams and canvases in {@code docs/modules} are written by Spring Modulith's
 * {@link Documenter} from the code, so they cannot go stale: this test writes them again into
 * {@code target/docs-modules} and fails when they differ from the committed ones, saying how to
 * refresh them. With {@code -Ddocs.refresh=true} it writes them into {@code docs/modules} instead
 * (then commit that folder):
 * <pre>./mvnw test -Dtest=ModuleDocumentationTest -Ddocs.refresh=true</pre>
 * Besides the Documenter's PlantUML diagrams ({@code components.puml}, {@code module-*.puml}) and
 * AsciiDoc module canvases ({@code module-*.adoc}, {@code all-docs.adoc}), it writes
 * {@code docs/modules/README.md}: the same modules and arrows as a Mermaid diagram, which GitHub and
 * GitLab draw in the browser (they do not draw PlantUML). Everything in {@code docs/modules} is
 * generated: the Documenter empties the folder before writing.
 */
class ModuleDocumentationTest {

    static final Path COMMITTED = Path.of("docs", "modules");
    static final Path GENERATED = Path.of("target", "docs-modules");
    static final String REFRESH = "./mvnw test -Dtest=ModuleDocumentationTest -Ddocs.refresh=true";

    private static final Pattern RELATION = Pattern.compile(
        "^Rel\\(Application\\.Application\\.(\\w+), Application\\.Application\\.(\\w+), \"([^\"]+)\"");

    @Test
    void committedModuleDocumentationIsWhatTheCodeSays() throws IOException {
        assertThat(Path.of("pom.xml")).as("run from the project's folder (Maven does)").exists();
        boolean refresh = Boolean.getBoolean("docs.refresh");
        ApplicationModules modules = org.centrecpd.support.Modules.ofTheApplication();

        write(modules, refresh ? COMMITTED : GENERATED);
        if (refresh) {
            System.out.println("Wrote " + COMMITTED + "; commit it.");
            return;
        }

        List<String> differences = differences(GENERATED, COMMITTED);
        assertThat(differences)
            .as("""
                docs/modules is not what the code says (modules, their arrows or their contents changed).
                Refresh it with
                  %s
                and commit docs/modules (and update the prose in docs/architecture.md if a module was added,
                removed or renamed). What differs""", REFRESH)
            .isEmpty();
    }

    @Test
    void anOverviewDoesNotDependOnTheOrderTheDocumenterWroteItsArrowsIn() throws IOException {
        ApplicationModules modules = org.centrecpd.support.Modules.ofTheApplication();
        String uses = "Rel(Application.Application.Training, Application.Application.Courses, \"uses\", $techn=\"\")";
        String listens = "Rel(Application.Application.Training, Application.Application.Courses, \"listens to\", $techn=\"\")";

        String oneOrder = overview(modules, uses + "\n" + listens);
        String otherOrder = overview(modules, listens + "\n" + uses);

        assertThat(oneOrder).isEqualTo(otherOrder).contains("training -->|listens to, uses| courses");
    }

    /** Everything in {@code folder}: the Documenter's files, then the Mermaid overview drawn from its diagram. */
    static void write(ApplicationModules modules, Path folder) throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
            .writeDocumentation();
        String components = Files.readString(folder.resolve("components.puml"));
        Files.writeString(folder.resolve("README.md"), overview(modules, components));
    }

    /**
     * docs/modules/README.md: the modules, their base packages, and the arrows of the Documenter's
     * components.puml (same labels), as Mermaid. Sorted, so the file only changes when the code does.
     */
    static String overview(ApplicationModules modules, String componentsPuml) {
        Map<String, ApplicationModule> byDisplayName = new TreeMap<>();
        modules.forEach(m -> byDisplayName.put(m.getDisplayName(), m));

        // source -> target -> labels. One pair can have several arrows (training both uses a bean of
        // courses and listens to its events); the Documenter writes them in the order it finds them,
        // which differs between machines, so all labels are kept, sorted.
        Map<String, Map<String, TreeSet<String>>> collected = new TreeMap<>();
        for (String line : componentsPuml.split("\n")) {
            Matcher rel = RELATION.matcher(line.strip());
            if (rel.find()) {
                String from = id(byDisplayName, rel.group(1));
                String to = id(byDisplayName, rel.group(2));
                collected.computeIfAbsent(from, k -> new TreeMap<>())
                    .computeIfAbsent(to, k -> new TreeSet<>()).add(rel.group(3));
            }
        }
        Map<String, Map<String, String>> arrows = new TreeMap<>();
        collected.forEach((from, targets) -> targets.forEach((to, labels) ->
            arrows.computeIfAbsent(from, k -> new TreeMap<>()).put(to, String.join(", ", labels))));

        StringBuilder md = new StringBuilder();
        md.append("""
            # Application modules (generated)

            Written by `ModuleDocumentationTest` from the code with Spring Modulith's `Documenter`: do not edit
            anything in this folder by hand. When the modules change, the test fails until the folder is refreshed:

            ```bash
            %s
            ```

            The prose about the modules is in [../architecture.md](../architecture.md). An arrow means that
            the module at its tail needs the one at its head: *uses* a Spring bean of it, *listens to* its
            events, or *depends on* its types. Arrows never form a cycle (`ModuleStructureTest`).

            ```mermaid
            flowchart LR
            """.formatted(REFRESH));
        modules.stream().map(ModuleDocumentationTest::id).sorted()
            .forEach(id -> md.append("  ").append(id).append("\n"));
        arrows.forEach((from, targets) -> targets.forEach((to, label) ->
            md.append("  ").append(from).append(" -->|").append(label).append("| ").append(to).append("\n")));
        md.append("```\n\n");

        md.append("""
            | module | base package | needs | diagram | canvas |
            | --- | --- | --- | --- | --- |
            """);
        modules.stream().sorted((a, b) -> id(a).compareTo(id(b))).forEach(m -> {
            String id = id(m);
            String needs = arrows.getOrDefault(id, Map.of()).entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            md.append("| ").append(id)
                .append(" | `").append(m.getBasePackage().getName()).append('`')
                .append(" | ").append(needs.isEmpty() ? "nothing" : needs)
                .append(" | [module-").append(id).append(".puml](module-").append(id).append(".puml)")
                .append(" | [module-").append(id).append(".adoc](module-").append(id).append(".adoc) |\n");
        });
        md.append("""

            All modules in one PlantUML diagram: [components.puml](components.puml); every diagram and canvas
            in one AsciiDoc document: [all-docs.adoc](all-docs.adoc).
            """);
        return md.toString();
    }

    private static String id(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static String id(Map<String, ApplicationModule> byDisplayName, String displayName) {
        ApplicationModule module = byDisplayName.get(displayName);
        assertThat(module).as("module named %s in components.puml", displayName).isNotNull();
        return id(module);
    }

    /**
     * What differs between the generated and the committed folder: files missing or extra, and files
     * whose lines differ. The same lines in another order count as the same (the Documenter's order
     * can follow the order classes are found in, which is not guaranteed from one machine to another).
     */
    static List<String> differences(Path generated, Path committed) throws IOException {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(fileNames(generated));
        names.addAll(fileNames(committed));
        for (String name : names) {
            Path g = generated.resolve(name);
            Path c = committed.resolve(name);
            if (!Files.exists(c)) {
                out.add(committed.resolve(name) + ": missing (new)");
            } else if (!Files.exists(g)) {
                out.add(committed.resolve(name) + ": no longer generated (remove it)");
            } else {
                List<String> gl = lines(g);
                List<String> cl = lines(c);
                if (!gl.equals(cl) && !sorted(gl).equals(sorted(cl))) {
                    List<String> onlyNew = new ArrayList<>(gl);
                    onlyNew.removeAll(cl);
                    List<String> onlyOld = new ArrayList<>(cl);
                    onlyOld.removeAll(gl);
                    out.add(committed.resolve(name) + ": differs; now " + head(onlyNew) + ", committed " + head(onlyOld));
                }
            }
        }
        return out;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static String head(List<String> lines) {
        return lines.isEmpty() ? "(nothing else)"
            : lines.stream().limit(3).map(l -> "«" + l.strip() + "»").collect(Collectors.joining(" ")) + (lines.size() > 3 ? " …" : "");
    }
}
