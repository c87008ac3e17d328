package org.centrecpd.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The commands in README.md and docs/*.md are ones that work. It reads every fenced {@code bash} or
 * {@code sh} block and checks each command in it without starting a build or the app:
 * <ul>
 *   <li>{@code ./mvnw …}: the phases and plugin goals exist, {@code -P} profiles are in pom.xml, classes
 *       named in {@code -Dtest=} are test classes here, and every other {@code -D} property is one that
 *       Maven, Surefire or this project's code (tests, benchmarks, pom.xml) reads;</li>
 *   <li>{@code java … -jar …}: the jar is the one pom.xml builds;</li>
 *   <li>{@code NAME=value} in front of a command: an environment variable the app reads (literally, or
 *       as a property through Spring Boot's relaxed binding; {@code SPRING_*} against Spring Boot's own
 *       configuration metadata; {@code SPRING_PROFILES_ACTIVE} names profiles that exist);</li>
 *   <li>scripts of the repository exist and are executable; paths of the repository exist.</li>
 * </ul>
 * It <b>runs</b> the cheap ones: {@code ./mvnw --version} (which JDK the wrapper picks) and a script's
 * {@code --help}. A build ({@code ./mvnw} with a phase or goal) and the app ({@code java -jar}) are
 * never run here; {@code ./mvnw verify} is what CI runs ({@code .ci/run}). Any other command must follow
 * a comment line saying "Not run by the tests" (and why) in its block, up to the next blank line; it is
 * still checked for paths.
 * <p>
 * It also checks the pages themselves: relative links (and their {@code #anchors}) lead somewhere; names
 * in {@code code} that say where something is (a class of ours such as {@code base.Period}, a test class,
 * a repository path, a {@code centrecpd.*} or Spring Boot setting, a {@code CENTRECPD_*} variable) exist;
 * jar names match pom.xml; and the README keeps its two commands in its first screen.
 */
class DocsCommandsTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final String MARKER = "not run by the tests";

    /** Properties of Maven, Surefire and Failsafe themselves (the rest must be read by this project). */
    static final Set<String> TOOL_PROPERTIES = Set.of("test", "it.test", "skipTests", "skipITs", "maven.test.skip",
        "surefire.failIfNoSpecifiedTests", "failsafe.failIfNoSpecifiedTests");
    static final Set<String> MAVEN_FLAGS = Set.of("-q", "--quiet", "-o", "--offline", "-B", "--batch-mode", "-U",
        "-e", "-X", "--version", "-v", "-ntp", "--no-transfer-progress");
    static final Set<String> MAVEN_PHASES = Set.of("clean", "validate", "compile", "test-compile", "test", "package",
        "integration-test", "verify", "install");
    /** JVM system properties of the JDK or Spring Boot's launcher, allowed in {@code java -D…}. */
    static final Set<String> JAVA_PROPERTIES = Set.of("jarmode");
    /** Top-level folders of the repository: a name in code starting with one of these is a path that must exist. */
    static final List<String> REPOSITORY_FOLDERS = List.of("src/", "docs/", "courses/", "frontend/", ".ci/", ".mvn/");

    static List<Path> pages;
    static String mainText;
    static String projectText;
    static List<String> testClassNames;
    static Set<String> moduleNames;
    static String jarName;
    static SpringMetadata spring;

    enum Kind { BUILD, APP, RUN, SCRIPT, MANUAL }

    record Command(Path page, int line, String text, boolean manual) {
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }
    }

    @BeforeAll
    static void readTheProject() throws IOException {
        assertThat(ROOT.resolve("pom.xml")).as("run from the project's folder (Maven does)").exists();
        List<Path> found = new ArrayList<>();
        found.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(found::add);
        }
        pages = List.copyOf(found);

        String pom = Files.readString(ROOT.resolve("pom.xml"));
        mainText = text(ROOT.resolve("src/main")) + pom;
        // This class names tools' properties itself: leave it out, so that it cannot vouch for a name.
        // The load simulation (src/load/java, a test source folder of every build) reads its own properties.
        projectText = mainText + text(ROOT.resolve("src/test/java")) + text(ROOT.resolve("src/load/java"));
        // Test classes live in both test source folders (WorkingMorningLoadIT is in src/load/java).
        try (Stream<Path> files = Stream.concat(Files.walk(ROOT.resolve("src/test/java")), Files.walk(ROOT.resolve("src/load/java")))) {
            testClassNames = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        try (Stream<Path> dirs = Files.list(ROOT.resolve("src/main/java/org/centrecpd"))) {
            moduleNames = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        }
        String afterParent = pom.substring(pom.indexOf("</parent>"));
        jarName = first(afterParent, "<artifactId>(.+?)</artifactId>") + "-" + first(afterParent, "<version>(.+?)</version>") + ".jar";
        spring = SpringMetadata.load();
    }

    // ---------------------------------------------------------------------------------------------
    // The README's first screen and CI

    @Test
    void theReadmeShowsTheTwoCommandsInItsFirstScreenAndCiRunsTheTestCommand() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        List<Command> firstScreen = commands(ROOT.resolve("README.md")).stream().filter(c -> c.line() <= 40).toList();
        assertThat(firstScreen).extracting(Command::text)
            .as("the README's first 40 lines show how to run the demo and the tests, exactly")
            .startsWith("./mvnw spring-boot:run", "./mvnw verify");
        assertThat(readme.size())
            .as("the README stays short (issue 28: about 120 lines); put detail into docs/ and link to it")
            .isLessThanOrEqualTo(150);

        Path ci = ROOT.resolve(".ci/run");
        assertThat(Files.isExecutable(ci)).as(".ci/run is executable").isTrue();
        List<String> ciCommands = Files.readAllLines(ci).stream().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ciCommands.getLast()).as("CI runs the README's test command, exactly").isEqualTo("./mvnw verify");
    }

    // ---------------------------------------------------------------------------------------------
    // Commands

    @Test
    void everyCommandInTheDocsNamesThingsThatExist() {
        List<String> problems = new ArrayList<>();
        Map<Kind, List<String>> byKind = new HashMap<>();
        for (Command command : allCommands()) {
            List<String> own = new ArrayList<>();
            Kind kind = check(command, own);
            own.forEach(p -> problems.add(command.where() + " `" + command.text() + "`: " + p));
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(command.where() + "  " + command.text());
        }
        System.out.println("Commands in the docs:");
        byKind.forEach((kind, list) -> {
            System.out.println("  " + switch (kind) {
                case BUILD -> "Maven builds (checked, not run here; ./mvnw verify runs in CI)";
                case APP -> "starting the app (checked, not run here)";
                case RUN -> "run by this test";
                case SCRIPT -> "repository scripts (checked, not run here)";
                case MANUAL -> "marked \"" + MARKER + "\" (paths checked)";
            });
            list.forEach(c -> System.out.println("    " + c));
        });
        assertThat(problems).as("commands in the docs that name something that does not exist").isEmpty();
    }

    @Test
    void theCheapCommandsRun() throws Exception {
        List<String> problems = new ArrayList<>();
        int ran = 0;
        for (Command command : allCommands()) {
            if (check(command, new ArrayList<>()) != Kind.RUN && !isScriptHelp(command)) {
                continue;
            }
            ran++;
            Process process = new ProcessBuilder("bash", "-c", command.text()).directory(ROOT.toFile())
                .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (InputStream out = process.getInputStream()) {
                boolean done = process.waitFor(120, TimeUnit.SECONDS);
                if (!done) {
                    process.destroyForcibly();
                    problems.add(command.where() + " `" + command.text() + "`: did not finish within 120 s");
                    continue;
                }
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.exitValue() != 0) {
                problems.add(command.where() + " `" + command.text() + "`: exit " + process.exitValue() + "\n" + output);
            } else if (command.text().startsWith("./mvnw")) {
                Matcher java = Pattern.compile("Java version: (\\d+)").matcher(output);
                if (!java.find() || Integer.parseInt(java.group(1)) < 21) {
                    problems.add(command.where() + " `" + command.text() + "`: does not report a JDK 21 or newer:\n" + output);
                }
            }
        }
        assertThat(ran).as("cheap commands found (./mvnw --version in the README)").isPositive();
        assertThat(problems).as("cheap commands that failed").isEmpty();
    }

    /** The text of a script of the repository's tools/ or ops/ that a command runs, or nothing. */
    static String scriptText(String word) {
        String path = word.startsWith("./") ? word.substring(2) : word;
        if (!(path.startsWith("tools/") || path.startsWith("ops/")) || !Files.isRegularFile(ROOT.resolve(path))) {
            return "";
        }
        try {
            return Files.readString(ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classifies a command and adds what is wrong with it to {@code problems}. */
    static Kind check(Command command, List<String> problems) {
        List<String> words = words(command.text());
        for (String word : words) {
            checkRepositoryPath(word, problems);
            Matcher jar = Pattern.compile("([\\w.-]+\\.jar)$").matcher(word);
            if (jar.find() && !jar.group(1).equals(jarName) && jar.group(1).startsWith("centre-cpd")) {
                problems.add("the jar is " + jarName + " (pom.xml), not " + jar.group(1));
            }
        }
        int i = 0;
        while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            i++;
        }
        // Settings of a script of ours (tools/load/session-heap.sh's HISTOGRAM) are the script's to read, not the app's.
        String ranScript = scriptText(i < words.size() ? words.get(i) : "");
        for (String word : words.subList(0, i)) {
            String name = word.substring(0, word.indexOf('='));
            if (!Pattern.compile("\\b" + name + "\\b").matcher(ranScript).find()) {
                checkEnvironmentVariable(name, word.substring(word.indexOf('=') + 1), problems);
            }
        }
        if (i == words.size()) {
            problems.add("no command after the environment variables");
            return Kind.MANUAL;
        }
        String program = words.get(i);
        List<String> args = words.subList(i + 1, words.size());
        if (program.equals("./mvnw")) {
            return checkMaven(args, problems);
        }
        if (program.equals("java")) {
            checkJava(args, problems);
            return Kind.APP;
        }
        if (program.startsWith("./") || program.startsWith(".ci/") || program.startsWith(".mvn/")) {
            Path script = ROOT.resolve(program);
            if (!Files.isRegularFile(script)) {
                problems.add(program + " does not exist");
            } else if (!Files.isExecutable(script)) {
                problems.add(program + " is not executable");
            }
            return Kind.SCRIPT;
        }
        if (!command.manual()) {
            problems.add("the test does not know how to check `" + program + "`: check it here, or put a comment line "
                + "saying \"Not run by the tests\" (and why) just above it in its block");
        }
        return Kind.MANUAL;
    }

    static boolean isScriptHelp(Command command) {
        List<String> words = words(command.text());
        return words.size() == 2 && words.get(1).equals("--help") && !words.get(0).equals("./mvnw")
            && (words.get(0).startsWith("./") || words.get(0).startsWith(".ci/"));
    }

    static Kind checkMaven(List<String> args, List<String> problems) {
        boolean build = false;
        Map<String, String> properties = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("-D")) {
                String property = arg.substring(2);
                int eq = property.indexOf('=');
                properties.put(eq < 0 ? property : property.substring(0, eq), eq < 0 ? "" : property.substring(eq + 1));
            } else if (arg.startsWith("-P")) {
                for (String profile : arg.substring(2).split(",")) {
                    if (!projectText.contains("<id>" + profile + "</id>")) {
                        problems.add("no Maven profile " + profile + " in pom.xml");
                    }
                }
            } else if (arg.startsWith("-")) {
                if (!MAVEN_FLAGS.contains(arg)) {
                    problems.add("unknown Maven option " + arg);
                }
            } else {
                build = true;
                if (arg.contains(":")) {
                    String prefix = arg.substring(0, arg.indexOf(':'));
                    if (!mainText.contains("<artifactId>" + prefix + "-maven-plugin</artifactId>")
                        && !mainText.contains("<artifactId>maven-" + prefix + "-plugin</artifactId>")) {
                        problems.add("no " + prefix + " plugin in pom.xml for " + arg);
                    }
                } else if (!MAVEN_PHASES.contains(arg)) {
                    problems.add("unknown Maven phase " + arg);
                }
            }
        }
        properties.forEach((name, value) -> {
            if (name.equals("test") || name.equals("it.test")) {
                checkTestPatterns(value, properties, problems);
            } else if (!TOOL_PROPERTIES.contains(name)) {
                checkProjectProperty(name, value, problems);
            }
        });
        return build ? Kind.BUILD : Kind.RUN;
    }

    static void checkTestPatterns(String value, Map<String, String> properties, List<String> problems) {
        for (String pattern : value.split(",")) {
            String p = pattern.strip();
            if (p.startsWith("!")) {
                p = p.substring(1);
            }
            if (p.contains("#")) {
                p = p.substring(0, p.indexOf('#'));
            }
            p = p.substring(p.lastIndexOf('/') + 1);
            if (p.equals("NONE")) {
                if (!"false".equals(properties.get("surefire.failIfNoSpecifiedTests"))) {
                    problems.add("-Dtest=NONE needs -Dsurefire.failIfNoSpecifiedTests=false");
                }
                continue;
            }
            Pattern glob = Pattern.compile(p.replace(".", "\\.").replace("*", ".*").replace("?", "."));
            if (testClassNames.stream().noneMatch(n -> glob.matcher(n).matches())) {
                problems.add("no test class in src/test/java matches " + pattern);
            }
        }
    }

    /** A {@code -D} property that the project's code or pom.xml reads; a word value must be one it knows. */
    static void checkProjectProperty(String name, String value, List<String> problems) {
        List<String> readers = readersOf(name);
        if (readers.isEmpty()) {
            problems.add("nothing in src/ or pom.xml reads the property " + name);
        } else if (value.matches("[A-Za-z][\\w-]*") && !value.equals("true") && !value.equals("false")
            && readers.stream().noneMatch(text -> text.contains("\"" + value + "\""))) {
            problems.add("the code that reads " + name + " does not know the value " + value);
        }
    }

    private static List<String> readersOf(String property) {
        List<String> readers = new ArrayList<>();
        for (String file : projectFiles()) {
            if (file.contains("\"" + property + "\"") || file.contains("${" + property + "}")
                || file.contains("${" + property + ":")) {
                readers.add(file);
            }
        }
        return readers;
    }

    static void checkJava(List<String> args, List<String> problems) {
        boolean jar = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-jar")) {
                jar = true;
                if (i + 1 >= args.size() || !args.get(i + 1).endsWith("/" + jarName) && !args.get(i + 1).equals(jarName)) {
                    problems.add("java -jar runs " + jarName + " (pom.xml)");
                }
                break;
            }
            if (arg.startsWith("-D")) {
                String name = arg.substring(2).split("=", 2)[0];
                if (!JAVA_PROPERTIES.contains(name) && readersOf(name).isEmpty()) {
                    problems.add("nothing reads the system property " + name);
                }
            }
        }
        if (!jar) {
            problems.add("java without -jar: the docs start the app from its jar");
        }
    }

    /**
     * An environment variable the app reads: named in src/main as such ({@code ${DATABASE_URL}},
     * {@code getProperty("CENTRECPD_ADMIN_EMAIL")}), or a {@code centrecpd.*} property through Spring Boot's
     * relaxed binding (each {@code _} a dot or a dash), or a Spring Boot setting.
     */
    static void checkEnvironmentVariable(String name, String value, List<String> problems) {
        if (name.startsWith("SPRING_")) {
            String property = name.toLowerCase(Locale.ROOT).replace('_', '.');
            if (!spring.knows(property)) {
                problems.add(name + " is not a Spring Boot setting (" + property + ")");
            }
            if (name.equals("SPRING_PROFILES_ACTIVE")) {
                for (String profile : value.split(",")) {
                    if (!Files.exists(ROOT.resolve("src/main/resources/application-" + profile + ".properties"))) {
                        problems.add("no profile " + profile + " (src/main/resources/application-" + profile + ".properties)");
                    }
                }
            }
            return;
        }
        if (Pattern.compile("\\b" + name + "\\b").matcher(mainText).find()) {
            return;
        }
        if (relaxedForms(name.toLowerCase(Locale.ROOT)).stream().noneMatch(form -> mentions(mainText, form))) {
            problems.add("the app reads no environment variable " + name);
        }
    }

    /** Does {@code text} name this property, whole (not {@code centrecpd.sso.enable} for {@code centrecpd.sso.enabled})? */
    static boolean mentions(String text, String property) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(property) + "(?![\\w-]|\\.[\\w-])").matcher(text).find();
    }

    /** centrecpd_sso_verified_claim → centrecpd.sso.verified.claim, centrecpd.sso.verified-claim, … */
    static Set<String> relaxedForms(String lower) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add("");
        for (String part : lower.split("_")) {
            Set<String> next = new LinkedHashSet<>();
            for (String f : forms) {
                if (f.isEmpty()) {
                    next.add(part);
                } else {
                    next.add(f + "." + part);
                    next.add(f + "-" + part);
                }
            }
            forms = next;
        }
        return forms;
    }

    static void checkRepositoryPath(String word, List<String> problems) {
        String path = word.replaceAll("[),.:;]+$", "");
        if (REPOSITORY_FOLDERS.stream().noneMatch(path::startsWith)
            || path.contains("<") || path.contains("*") || path.contains("…") || path.contains("{")) {
            return;
        }
        if (!Files.exists(ROOT.resolve(path))) {
            problems.add("no " + path + " in the repository");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The pages: links and names in code

    @Test
    void linksBetweenThePagesLeadSomewhere() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            List<Integer> prose = proseLines(lines);
            for (int n : prose) {
                Matcher m = link.matcher(lines.get(n));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^[a-z]+:.*")) {
                        continue; // https:, mailto:
                    }
                    String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                    String where = ROOT.relativize(page) + ":" + (n + 1) + " (" + target + ")";
                    if (!Files.exists(resolved)) {
                        problems.add(where + ": no such file");
                    } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors(Files.readAllLines(resolved)).contains(anchor)) {
                        problems.add(where + ": no heading with that anchor in " + ROOT.relativize(resolved));
                    }
                }
            }
        }
        assertThat(problems).as("links that lead nowhere").isEmpty();
    }

    @Test
    void namesInCodeSayWhereThingsAre() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        Pattern ourClass = Pattern.compile("^(?:org\\.centrecpd\\.)?([a-z]+)((?:\\.[a-z]+)*)\\.([A-Z]\\w*)$");
        Pattern testClass = Pattern.compile("^[A-Z*][\\w*]*(Test|IT|Benchmark)$");
        Pattern ourProperty = Pattern.compile("^centrecpd\\.[a-z0-9.-]*[a-z0-9]$");
        Pattern springProperty = Pattern.compile("^(spring|server|management)\\.[a-z0-9.-]*[a-z0-9]$");
        Pattern ourVariable = Pattern.compile("^CENTRECPD_[A-Z_]+$");
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int n : proseLines(lines)) {
                Matcher m = code.matcher(lines.get(n));
                while (m.find()) {
                    String name = m.group(1).strip().split("=", 2)[0];
                    String where = ROOT.relativize(page) + ":" + (n + 1) + " `" + m.group(1) + "`: ";
                    Matcher c = ourClass.matcher(name);
                    if (c.matches() && moduleNames.contains(c.group(1))) {
                        Path source = ROOT.resolve("src/main/java/org/centrecpd/" + c.group(1)
                            + c.group(2).replace('.', '/') + "/" + c.group(3) + ".java");
                        if (!Files.exists(source)) {
                            problems.add(where + "no " + ROOT.relativize(source));
                        }
                    } else if (testClass.matcher(name).matches()) {
                        Pattern glob = Pattern.compile(name.replace("*", ".*"));
                        if (testClassNames.stream().noneMatch(t -> glob.matcher(t).matches())) {
                            problems.add(where + "no such test class in src/test/java or src/load/java");
                        }
                    } else if (ourProperty.matcher(name).matches() && !name.endsWith(".example")) {
                        if (!mentions(mainText, name)) {
                            problems.add(where + "src/main does not read " + name);
                        }
                    } else if (springProperty.matcher(name).matches()) {
                        if (!spring.knows(name)) {
                            problems.add(where + "not a Spring Boot setting");
                        }
                    } else if (name.matches("-D[\\w.-]+")) {
                        String property = name.substring(2);
                        if (!TOOL_PROPERTIES.contains(property) && readersOf(property).isEmpty()) {
                            problems.add(where + "nothing in src/ or pom.xml reads the property " + property);
                        }
                    } else if (ourVariable.matcher(name).matches()) {
                        List<String> own = new ArrayList<>();
                        checkEnvironmentVariable(name, "", own);
                        own.forEach(p -> problems.add(where + p));
                    } else {
                        List<String> own = new ArrayList<>();
                        checkRepositoryPath(name, own);
                        own.forEach(p -> problems.add(where + p));
                    }
                }
                Matcher jar = Pattern.compile("centre-cpd-[0-9][\\w.-]*?\\.jar").matcher(lines.get(n));
                while (jar.find()) {
                    if (!jar.group().equals(jarName)) {
                        problems.add(ROOT.relativize(page) + ":" + (n + 1) + ": the jar is " + jarName + ", not " + jar.group());
                    }
                }
            }
        }
        assertThat(problems).as("names in code that point at nothing").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Reading Markdown

    static List<Command> allCommands() {
        return pages.stream().flatMap(p -> commands(p).stream()).toList();
    }

    /**
     * The commands of a page's fenced bash/sh blocks, one per logical line ({@code \} continues a line),
     * split at {@code &&}, {@code ||}, {@code ;} and {@code |}. A comment line containing "not run by the
     * tests" marks the commands after it, up to the next blank line, as manual.
     */
    static List<Command> commands(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Command> out = new ArrayList<>();
        boolean inShell = false;
        boolean inOther = false;
        boolean manual = false;
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith("```")) {
                if (inShell || inOther) {
                    inShell = false;
                    inOther = false;
                } else {
                    String info = line.substring(3).strip().toLowerCase(Locale.ROOT);
                    inShell = info.equals("bash") || info.equals("sh") || info.equals("shell");
                    inOther = !inShell;
                    manual = false;
                }
                continue;
            }
            if (!inShell) {
                continue;
            }
            if (pending == null && line.isEmpty()) {
                manual = false;
                continue;
            }
            if (pending == null && line.startsWith("#")) {
                if (line.toLowerCase(Locale.ROOT).contains(MARKER)) {
                    manual = true;
                }
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pendingLine = n + 1;
            }
            boolean continues = line.endsWith("\\");
            pending.append(continues ? line.substring(0, line.length() - 1).strip() : line).append(' ');
            if (!continues) {
                for (String part : splitCommands(pending.toString().strip())) {
                    out.add(new Command(page, pendingLine, part, manual));
                }
                pending = null;
            }
        }
        return out;
    }

    static List<String> splitCommands(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == ';' || ch == '|' || (ch == '&' && i + 1 < line.length() && line.charAt(i + 1) == '&')) {
                if (!current.toString().isBlank()) {
                    parts.add(current.toString().strip());
                }
                current.setLength(0);
                if (i + 1 < line.length() && (line.charAt(i + 1) == '&' || line.charAt(i + 1) == '|')) {
                    i++;
                }
                continue;
            }
            current.append(ch);
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    /** Shell words: quotes group and are removed; a {@code <placeholder>} for the reader is one word. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char ch = command.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    word.append(ch);
                }
                continue;
            }
            if (Character.isWhitespace(ch)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '<') {
                int end = command.indexOf('>', i);
                end = end < 0 ? command.length() - 1 : end;
                word.append(command, i, end + 1);
                i = end;
            } else {
                word.append(ch);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Indexes of the lines outside fenced blocks. */
    static List<Integer> proseLines(List<String> lines) {
        List<Integer> prose = new ArrayList<>();
        boolean fenced = false;
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                prose.add(n);
            }
        }
        return prose;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int n : proseLines(lines)) {
            Matcher heading = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$").matcher(lines.get(n));
            if (heading.matches()) {
                String slug = heading.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    // ---------------------------------------------------------------------------------------------
    // The project's text, and Spring Boot's settings

    private static List<String> projectFilesCache;

    private static List<String> projectFiles() {
        if (projectFilesCache == null) {
            List<String> files = new ArrayList<>();
            try {
                files.add(Files.readString(ROOT.resolve("pom.xml")));
                for (String folder : List.of("src/main", "src/test/java", "src/load/java")) {
                    try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
                        for (Path p : walk.filter(DocsCommandsTest::isText).toList()) {
                            files.add(Files.readString(p));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            projectFilesCache = files;
        }
        return projectFilesCache;
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && !name.equals("DocsCommandsTest.java")
            && (name.endsWith(".java") || name.endsWith(".properties") || name.endsWith(".sql") || name.endsWith(".xml"));
    }

    private static String text(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(DocsCommandsTest::isText).sorted().toList()) {
                all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in pom.xml").isTrue();
        return m.group(1);
    }

    /** Every setting in the Spring configuration metadata on the class path (Spring Boot, Spring Modulith, …). */
    record SpringMetadata(Set<String> names, Set<String> maps) {

        static SpringMetadata load() throws IOException {
            Set<String> names = new TreeSet<>();
            Set<String> maps = new TreeSet<>();
            Enumeration<URL> files = DocsCommandsTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
            while (files.hasMoreElements()) {
                String json;
                try (InputStream in = files.nextElement().openStream()) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                List<String> all = JsonPath.read(json, "$.properties[*].name");
                List<String> mapped = JsonPath.read(json, "$.properties[?(@.type =~ /java\\.util\\.Map.*/)].name");
                names.addAll(all);
                maps.addAll(mapped);
            }
            assertThat(names).as("Spring Boot's configuration metadata on the class path").contains("spring.profiles.active");
            return new SpringMetadata(names, maps);
        }

        /** A setting, or a key under a map-valued setting (spring.jpa.properties.…, …oauth2.client.registration.…). */
        boolean knows(String property) {
            return names.contains(property) || maps.stream().anyMatch(m -> property.startsWith(m + "."));
        }
    }
}
