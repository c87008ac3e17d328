package org.centrecpd.courses.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
    /** Far beyond any real unit (the longest is about 10 KB); stops a stray huge file being read into memory. */
    static final long MAX_FILE_BYTES = 512 * 1024;

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
    record Read(CourseSource source, int slugLine, int hoursLine) {
        String slug() {
            return source.slug();
        }

        String folder() {
            return source.folder();
        }
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
