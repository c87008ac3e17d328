package org.centrecpd.courses.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.courses.domain.CourseUnitRepository;
import org.centrecpd.courses.domain.CourseVersion;
import org.centrecpd.courses.domain.CourseVersionRepository;
import org.centrecpd.courses.domain.UnitPart;
import org.centrecpd.courses.files.CourseFolderReader;
import org.centrecpd.courses.files.CourseSource;
import org.centrecpd.courses.files.FolderReading;
import org.centrecpd.courses.files.ImportProblem;
import org.centrecpd.courses.files.PartSource;
import org.centrecpd.courses.files.TimeEstimate;
import org.centrecpd.courses.files.UnitSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the courses folder into the database. A course whose fingerprint (course.yml and every
 * unit file) matches its current version is left alone; a changed one becomes a new version, and
 * learners move on to it. Each course is saved in its own transaction, so one that cannot be saved
 * does not hold back the others.
 */
@Component
class FolderImport {

    private static final Logger log = LoggerFactory.getLogger(FolderImport.class);

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseUnitRepository courseUnits;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Path folder;
    private final AtomicReference<ImportReport> last = new AtomicReference<>();

    FolderImport(CourseRepository courses, CourseVersionRepository versions, CourseUnitRepository units, TransactionTemplate tx,
                 Clock clock, @Value("${centrecpd.courses-folder:courses}") Path folder) {
        this.courses = courses;
        this.versions = versions;
        this.courseUnits = units;
        this.tx = tx;
        this.clock = clock;
        this.folder = folder;
    }

    /** The report of the last import since start-up, for the admin page; empty before the first. */
    java.util.Optional<ImportReport> lastReport() {
        return java.util.Optional.ofNullable(last.get());
    }

    /**
     * Imports the folder; used at start-up (no user signed in) and by the admin's re-import.
     * Synchronized: two imports at once (two admins, or a re-import during the start-up import) would
     * both try to save version n+1 of a changed course.
     */
    synchronized ImportReport importFolder() {
        long started = System.nanoTime();
        FolderReading reading = CourseFolderReader.read(folder);
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        int valid = 0;
        int units = 0;
        int questions = 0;
        int created = 0;
        int unchanged = 0;
        Map<String, TimeEstimate> estimates = new HashMap<>();
        for (CourseSource source : reading.courses()) {
            estimates.put(source.fingerprint(), TimeEstimate.of(source));
            try {
                Boolean isNew = tx.execute(status -> save(source));
                if (Boolean.TRUE.equals(isNew)) {
                    created++;
                } else {
                    unchanged++;
                }
                valid++;
                units += source.units().size();
                questions += source.questionCount();
            } catch (RuntimeException e) {
                log.error("Course {} could not be saved", source.slug(), e);
                problems.add(new ImportProblem(source.folder() + "/" + CourseFolderReader.COURSE_FILE, 0,
                    "the course could not be saved: " + e.getMessage()));
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImportReport report = new ImportReport(LocalDateTime.now(clock), valid, units, questions, created, unchanged,
            List.copyOf(problems), millis, Map.copyOf(estimates));
        last.set(report);
        log.info("{} ({} new or changed, {} unchanged) from {}", report.summary(), created, unchanged, folder.toAbsolutePath());
        problems.forEach(p -> log.warn("Course problem: {}", p));
        return report;
    }

    /**
     * Versions stored before the about-family mark was kept (migration V17) lack it, though their files
     * have it. The mark changes how the player shows a question, not what the course says, so it is
     * filled in on the stored version rather than making a new one (as a moved folder is).
     */
    private void markAboutFamily(CourseVersion current, CourseSource source) {
        for (UnitSource u : source.units()) {
            List<String> ids = u.parts().stream()
                .filter(p -> p instanceof PartSource.Reflect r && r.aboutFamily())
                .map(p -> ((PartSource.Reflect) p).id()).toList();
            if (!ids.isEmpty() && courseUnits.markAboutFamily(current.getId(), u.fileName(), ids) > 0) {
                log.info("Course {}: marked the questions {} of {} as about a family", source.slug(), ids, u.fileName());
            }
        }
    }

    /** Returns true when the course became a new version. */
    private boolean save(CourseSource source) {
        Course course = courses.findBySlug(source.slug()).orElse(null);
        CourseVersion current = course == null ? null : course.getCurrent();
        if (current != null && current.getFingerprint().equals(source.fingerprint())) {
            if (!course.getFolder().equals(source.folder())) {
                course.movedTo(source.folder());
            }
            course.certifies(source.certification());
            markAboutFamily(current, source);
            return false;
        }
        if (course == null) {
            course = courses.save(new Course(source.slug(), source.folder()));
        }
        course.certifies(source.certification());
        CourseVersion version = new CourseVersion(course, current == null ? 1 : current.getNumber() + 1, source.fingerprint(),
            source.title(), source.kind(), source.summary(), source.cpdHours(), source.versionNotes(), source.audience(),
            source.corePurpose(), LocalDateTime.now(clock));
        for (UnitSource u : source.units()) {
            CourseUnit unit = version.addUnit(u.order(), u.fileName(), u.title(), u.minutes(), u.week(), u.fingerprint())
                .opensAfterAttending(u.requiresAttendance())
                .neededBeforeBooking(source.preWork().contains(u.fileName()));
            for (PartSource part : u.parts()) {
                switch (part) {
                    case PartSource.Text t -> unit.addPart(UnitPart.Kind.TEXT).text(t.html());
                    case PartSource.Facilitator f -> unit.addPart(UnitPart.Kind.FACILITATOR).text(f.html()).question(f.material(), null, false);
                    case PartSource.Reflect r -> unit.addPart(UnitPart.Kind.REFLECT).question(r.id(), r.prompt(), r.optional())
                        .aboutFamily(r.aboutFamily());
                    case PartSource.Check c -> {
                        UnitPart check = unit.addPart(UnitPart.Kind.CHECK).question(c.id(), c.question(), false);
                        c.answers().forEach(a -> check.answer(a.text(), a.correct(), a.why()));
                    }
                    case PartSource.Rating r -> unit.addPart(UnitPart.Kind.RATING).rating(r.id(), r.prompt(), r.scale(), r.compareWith());
                }
            }
        }
        version.countQuestions(source.questionCount());
        versions.save(version);
        course.publish(version, source.folder());
        log.info("Course {} is now version {}", source.slug(), version.getNumber());
        return true;
    }
}
