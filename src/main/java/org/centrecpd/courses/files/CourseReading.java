package org.centrecpd.courses.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.CourseCertification;
import org.centrecpd.courses.CourseKind;
import org.centrecpd.organisation.JobRole;
import org.yaml.snakeyaml.nodes.ScalarNode;

import static org.centrecpd.courses.files.CourseFolderReader.COURSE_FILE;
import static org.centrecpd.courses.files.CourseFolderReader.FILES_PATH;
import static org.centrecpd.courses.files.CourseFolderReader.MAX_FILE_BYTES;
import static org.centrecpd.courses.files.CourseFolderReader.hex;
import static org.centrecpd.courses.files.CourseFolderReader.sha256;

/**
 * The reading of one course folder: its course file's fields and each unit file, every problem collected with
 * its file and line. Used by {@link CourseFolderReader}, which then checks the rules over a whole course and the
 * folder.
 */
final class CourseReading {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UNIT_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md");
    /** Units of a workshop to complete before booking one of its sessions (issue 32 §4). */
    static final String PRE_WORK = "bookingRequiresUnits";
    private static final Set<String> COURSE_FIELDS = Set.of("slug", "title", "kind", "summary", "audience", "cpdHours",
        "corePurpose", "versionNotes", "units", "otherLearning", "otherLearningMinutes", CertificationFields.VALIDITY,
        CertificationFields.WINDOW, PRE_WORK);
    private static final java.math.BigDecimal MAX_HOURS = new java.math.BigDecimal("1000");

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

    Optional<CourseFolderReader.Read> read() {
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
        CourseCertification certification = CertificationFields.read(f);
        List<String> unitFiles = unitFiles(f);
        List<ScalarNode> preWorkItems = f.values(PRE_WORK, false).orElse(List.of());

        MessageDigest fingerprint = sha256();
        fingerprint.update(CertificationFields.withoutTheirLines(metadataBytes.get(), f));
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
        UnitReferences.orders(name, units, problems);
        UnitReferences.comparisons(name, units, problems);
        Set<String> preWork = UnitReferences.preWork(f, kind, preWorkItems, unitFiles, units);
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<UnitSource> ordered = units.stream().map(UnitFileParser.Parsed::unit)
            .sorted(Comparator.comparingInt(UnitSource::order)).toList();
        return Optional.of(new CourseFolderReader.Read(new CourseSource(name, slug, title, kind, summary, Set.copyOf(audience), cpdHours,
            Set.copyOf(corePurpose), versionNotes, otherLearning, otherLearningMinutes, hex(fingerprint.digest()), ordered, certification, preWork), f.lineOf("slug"),
            f.lineOf("cpdHours")));
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
}
