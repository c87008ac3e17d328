package org.centrecpd.courses.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and checks the courses folder (format: courses/README.md). Pure: no database, no Spring,
 * so the same checks run at start-up, on the admin's re-import and in tests. Every problem is
 * collected (not just the first), so an author can fix a course in one go; a course with any
 * problem is left out and the others are read. After the files, rules over a whole course or the
 * folder: a unique slug, CPD hours within {@link TimeEstimate}'s rule, and feedback that is each
 * answer's own.
 */
public final class CourseFolderReader {

    public static final String COURSE_FILE = "course.yml";
    /** Where the app serves files that sit beside the units (see the course file controller). */
    public static final String FILES_PATH = "course-files/";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNIT_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md");
    private static final Set<String> COURSE_FIELDS = Set.of("slug", "title", "kind", "summary", "audience", "cpdHours",
        "corePurpose", "versionNotes", "units", "otherLearning", "otherLearningMinutes");
    /** Far beyond any real unit (the longest is about 10 KB); stops a stray huge file being read into memory. */
    static final long MAX_FILE_BYTES = 512 * 1024;
    private static final java.math.BigDecimal MAX_HOURS = new java.math.BigDecimal("1000");

    private CourseFolderReader() {
    }

    public static FolderReading read(Path root) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CourseSource> courses = new ArrayList<>();
        List<CourseSource> refused = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new ImportProblem(root.toString(), 0, "the courses folder does not exist"));
            return new FolderReading(courses, problems, refused);
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                .toList();
        } catch (IOException e) {
            problems.add(new ImportProblem(root.toString(), 0, "the courses folder cannot be read: " + e.getMessage()));
            return new FolderReading(courses, problems, refused);
        }
        List<Read> read = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            if (!Files.isRegularFile(folder.resolve(COURSE_FILE))) {
                problems.add(new ImportProblem(name + "/", 0, "this folder has no " + COURSE_FILE + "; every course folder needs one"));
                continue;
            }
            new CourseReading(folder, name, problems).read().ifPresent(read::add);
        }
        // Rules over a whole course or the whole folder: the files are fine, the course is still refused.
        Set<String> broken = new HashSet<>();
        Map<String, String> slugs = new HashMap<>();
        for (Read course : read) {
            String earlier = slugs.putIfAbsent(course.slug(), course.folder());
            if (earlier != null) {
                problems.add(new ImportProblem(course.folder() + "/" + COURSE_FILE, course.slugLine(), "the slug '" + course.slug()
                    + "' is already used by " + earlier + "/" + COURSE_FILE + "; slugs must be unique across courses"));
                broken.add(course.folder());
            }
            if (!hoursAreTrue(course, problems)) {
                broken.add(course.folder());
            }
        }
        broken.addAll(repeatedFeedback(read, problems));
        for (Read course : read) {
            (broken.contains(course.folder()) ? refused : courses).add(course.source());
        }
        return new FolderReading(List.copyOf(courses), List.copyOf(problems), List.copyOf(refused));
    }

    /**
     * A course may claim at most {@link TimeEstimate#MOST_CLAIMED} times the time its content takes
     * (issue 29): CPD hours are what a learner's record shows an inspector or a registration body.
     */
    private static boolean hoursAreTrue(Read course, List<ImportProblem> problems) {
        CourseSource source = course.source();
        TimeEstimate estimate = TimeEstimate.of(source);
        if (estimate.allows(source.cpdHours())) {
            return true;
        }
        problems.add(new ImportProblem(source.folder() + "/" + COURSE_FILE, course.hoursLine(), "cpdHours is "
            + plain(source.cpdHours()) + ", but the course takes about " + plain(estimate.hours()) + " hours ("
            + estimate.studyWords() + " study words at " + TimeEstimate.WORDS_A_MINUTE + " a minute, "
            + estimate.reflectiveQuestions() + " reflective questions at " + TimeEstimate.REFLECTIVE_QUESTION_MINUTES + " minutes, "
            + estimate.knowledgeChecks() + " knowledge checks at " + TimeEstimate.KNOWLEDGE_CHECK_MINUTES + ", "
            + estimate.selfAssessments() + " self-assessments at " + TimeEstimate.SELF_ASSESSMENT_MINUTES + ", "
            + estimate.otherMinutes() + " minutes of other learning); a course may claim at most " + plain(TimeEstimate.MOST_CLAIMED)
            + " times its estimate, here " + plain(estimate.mostHours()) + " hours. Set cpdHours to "
            + plain(estimate.suggestedHours()) + ", or say what else the hours cover "
            + "with otherLearning and otherLearningMinutes (see \"CPD hours\" in courses/README.md)"));
        return false;
    }

    /**
     * Feedback ({@code why}) must say why that answer is right or wrong, so the same words under two
     * answers anywhere in the folder (compared in lower case, words only) are refused where they come
     * second, naming the first. Returns the folders of the courses concerned.
     */
    private static Set<String> repeatedFeedback(List<Read> read, List<ImportProblem> problems) {
        record Place(String file, int line) {
        }
        Map<String, Place> first = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (Read course : read) {
            for (UnitSource unit : course.source().units()) {
                String file = course.folder() + "/" + unit.fileName();
                for (PartSource part : unit.parts()) {
                    if (!(part instanceof PartSource.Check check)) {
                        continue;
                    }
                    for (PartSource.Answer answer : check.answers()) {
                        String words = String.join(" ", Words.normalised(answer.why()));
                        if (words.isEmpty()) {
                            continue;
                        }
                        Place earlier = first.putIfAbsent(words, new Place(file, answer.whyLine()));
                        if (earlier != null) {
                            problems.add(new ImportProblem(file, answer.whyLine(), "the feedback (why) of the answer '"
                                + answer.text() + "' in the check '" + check.id() + "' is the same as the feedback on "
                                + (earlier.file().equals(file) ? "" : earlier.file() + " ") + "line " + earlier.line()
                                + "; say in its own words why this answer is right or wrong"));
                            folders.add(course.folder());
                        }
                    }
                }
            }
        }
        return folders;
    }

    private static String plain(java.math.BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** A course whose files read without a problem, with the lines of its slug and hours for reporting a rule it breaks. */
    private record Read(CourseSource source, int slugLine, int hoursLine) {
        String slug() {
            return source.slug();
        }

        String folder() {
            return source.folder();
        }
    }

    /** The reading of one course folder. */
    private static final class CourseReading {

        private final Path folder;
        private final String name;
        private final String courseFile;
        private final List<ImportProblem> problems;

        CourseReading(Path folder, String name, List<ImportProblem> problems) {
            this.folder = folder;
            this.name = name;
            this.courseFile = name + "/" + COURSE_FILE;
            this.problems = problems;
        }

        Optional<Read> read() {
            int before = problems.size();
            Optional<byte[]> metadataBytes = bytes(folder.resolve(COURSE_FILE), courseFile);
            Optional<String> metadataText = metadataBytes.flatMap(b -> text(b, courseFile));
            if (metadataText.isEmpty()) {
                return Optional.empty();
            }
            Optional<YamlFields> parsed = YamlFields.parse(metadataText.get(), courseFile, 1, 1, COURSE_FILE, problems);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            YamlFields f = parsed.get();
            f.allowOnly(COURSE_FIELDS);
            String slug = f.text("slug", true).orElse(null);
            if (slug != null && !SLUG.matcher(slug).matches()) {
                f.problem(f.lineOf("slug"), "the slug '" + slug + "' must be lowercase letters, digits and single hyphens, e.g. future-leaders");
                slug = null;
            }
            String title = f.text("title", true).orElse(null);
            CourseKind kind = f.text("kind", true).flatMap(k -> {
                Optional<CourseKind> known = CourseKind.byId(k);
                if (known.isEmpty()) {
                    f.problem(f.lineOf("kind"), "unknown kind '" + k + "' (expected one of: " + ids(CourseKind.values()) + ")");
                }
                return known;
            }).orElse(null);
            String summary = f.text("summary", true).orElse(null);
            Set<JobRole> audience = EnumSet.noneOf(JobRole.class);
            for (ScalarNode item : f.values("audience", true).orElse(List.of())) {
                JobRole.byId(item.getValue().strip()).ifPresentOrElse(audience::add, () -> f.problem(item,
                    "unknown job role '" + item.getValue() + "' in audience (expected one of: " + jobRoleIds() + ")"));
            }
            var cpdHours = f.positiveDecimal("cpdHours", true, 2, MAX_HOURS).orElse(null);
            Set<CorePurposeArea> corePurpose = EnumSet.noneOf(CorePurposeArea.class);
            for (ScalarNode item : f.values("corePurpose", true).orElse(List.of())) {
                CorePurposeArea.byId(item.getValue().strip()).ifPresentOrElse(corePurpose::add, () -> f.problem(item,
                    "unknown core-purpose area '" + item.getValue() + "' (expected one of: " + ids(CorePurposeArea.values()) + ")"));
            }
            String versionNotes = f.text("versionNotes", false).orElse("");
            String otherLearning = f.text("otherLearning", false).orElse("");
            int otherLearningMinutes = f.positiveInteger("otherLearningMinutes", false).orElse(0);
            if (otherLearning.isBlank() != (otherLearningMinutes == 0)) {
                f.problem(f.lineOf(otherLearning.isBlank() ? "otherLearningMinutes" : "otherLearning"),
                    "otherLearning (what else the CPD hours cover) and otherLearningMinutes (how long it takes) go together");
            }
            List<String> unitFiles = unitFiles(f);

            MessageDigest fingerprint = sha256();
            fingerprint.update(metadataBytes.get());
            List<UnitFileParser.Parsed> units = new ArrayList<>();
            if (slug != null && kind != null) {
                String linkBase = FILES_PATH + slug + "/";
                for (String unitFile : unitFiles) {
                    String path = name + "/" + unitFile;
                    Optional<byte[]> unitBytes = bytes(folder.resolve(unitFile), path);
                    if (unitBytes.isEmpty()) {
                        continue;
                    }
                    fingerprint.update(unitFile.getBytes(StandardCharsets.UTF_8));
                    fingerprint.update((byte) 0);
                    fingerprint.update(unitBytes.get());
                    text(unitBytes.get(), path).flatMap(content -> new UnitFileParser(path, linkBase,
                            kind == CourseKind.LEADERSHIP_PROGRAMME, kind == CourseKind.WORKSHOP, problems)
                        .parse(unitFile, content, hex(sha256().digest(unitBytes.get()))))
                        .ifPresent(units::add);
                }
            }
            Map<Integer, String> orders = new HashMap<>();
            for (UnitFileParser.Parsed unit : units) {
                String earlier = orders.putIfAbsent(unit.unit().order(), unit.unit().fileName());
                if (earlier != null) {
                    problems.add(new ImportProblem(name + "/" + unit.unit().fileName(), unit.orderLine(), "order "
                        + unit.unit().order() + " is already used by " + earlier + "; each unit needs its own order"));
                }
            }
            comparisons(units);
            if (problems.size() > before) {
                return Optional.empty();
            }
            List<UnitSource> ordered = units.stream().map(UnitFileParser.Parsed::unit)
                .sorted(Comparator.comparingInt(UnitSource::order)).toList();
            return Optional.of(new Read(new CourseSource(name, slug, title, kind, summary, Set.copyOf(audience), cpdHours,
                Set.copyOf(corePurpose), versionNotes, otherLearning, otherLearningMinutes, hex(fingerprint.digest()), ordered), f.lineOf("slug"),
                f.lineOf("cpdHours")));
        }

        /** A self-assessment compared with an earlier one: that one must exist, come earlier and use the same scale. */
        private void comparisons(List<UnitFileParser.Parsed> units) {
            Map<String, UnitSource> byFile = new HashMap<>();
            units.forEach(u -> byFile.put(u.unit().fileName(), u.unit()));
            for (UnitFileParser.Parsed parsed : units) {
                UnitSource unit = parsed.unit();
                String path = name + "/" + unit.fileName();
                for (PartSource part : unit.parts()) {
                    if (!(part instanceof PartSource.Rating rating) || rating.compareWith() == null) {
                        continue;
                    }
                    UnitSource earlier = byFile.get(rating.compareUnit());
                    if (earlier == null) {
                        problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                            + "' compares with '" + rating.compareWith() + "', but '" + rating.compareUnit()
                            + "' is not a unit of this course"));
                        continue;
                    }
                    if (earlier.order() >= unit.order()) {
                        problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                            + "' can only compare with a self-assessment in an earlier unit; '" + rating.compareUnit()
                            + "' does not come before this one"));
                        continue;
                    }
                    Optional<PartSource.Rating> target = earlier.parts().stream()
                        .filter(p -> p instanceof PartSource.Rating r && r.id().equals(rating.compareId()))
                        .map(PartSource.Rating.class::cast).findFirst();
                    if (target.isEmpty()) {
                        problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                            + "' compares with '" + rating.compareWith() + "', but " + rating.compareUnit()
                            + " has no self-assessment with the id '" + rating.compareId() + "'"));
                    } else if (target.get().scale() != rating.scale()) {
                        problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                            + "' uses the scale '" + rating.scale().id() + "' but compares with one that uses '"
                            + target.get().scale().id() + "'; both must use the same scale"));
                    }
                }
            }
        }

        private List<String> unitFiles(YamlFields f) {
            List<String> files = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ScalarNode item : f.values("units", true).orElse(List.of())) {
                String file = item.getValue().strip();
                if (!UNIT_FILE.matcher(file).matches()) {
                    f.problem(item, "unit '" + file + "' must be the name of a .md file in this folder (no sub-folders)");
                } else if (!seen.add(file)) {
                    f.problem(item, "unit '" + file + "' is listed twice");
                } else if (!Files.isRegularFile(folder.resolve(file))) {
                    f.problem(item, "unit file '" + file + "' does not exist in " + name + "/");
                } else {
                    files.add(file);
                }
            }
            return files;
        }

        private Optional<byte[]> bytes(Path file, String path) {
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    problems.add(new ImportProblem(path, 0, "is " + size / 1024 + " KB; a course file may be at most "
                        + MAX_FILE_BYTES / 1024 + " KB (split long units, and keep pictures and downloads beside them)"));
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                problems.add(new ImportProblem(path, 0, "cannot be read: " + e.getMessage()));
                return Optional.empty();
            }
        }

        private Optional<String> text(byte[] bytes, String path) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
            } catch (CharacterCodingException e) {
                problems.add(new ImportProblem(path, 0, "is not UTF-8 text; save it as UTF-8"));
                return Optional.empty();
            }
        }
    }

    private static String ids(Enum<?>[] values) {
        List<String> ids = new ArrayList<>();
        for (Enum<?> v : values) {
            ids.add(v instanceof CourseKind k ? k.id() : ((CorePurposeArea) v).id());
        }
        return String.join(", ", ids);
    }

    private static String jobRoleIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (JobRole r : JobRole.values()) {
            ids.add(r.id());
        }
        return String.join(", ", ids);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
