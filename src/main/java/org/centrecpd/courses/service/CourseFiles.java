package org.centrecpd.courses.service;

import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures and downloads that sit beside a course's units. Only files inside that course's folder,
 * of the kinds a unit links to, and only for signed-in people: no {@code ..}, no absolute paths, no
 * symbolic links out of the folder, and not the course's own source files.
 */
@Service
@Transactional(readOnly = true)
public class CourseFiles {

    /** What may be served, with the content type to serve it as. */
    static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
        Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
        Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
        Map.entry("doc", "application/msword"),
        Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        Map.entry("odt", "application/vnd.oasis.opendocument.text"));

    /** A file to send. */
    public record CourseFile(Path path, String contentType, boolean image) {
    }

    private final CourseRepository courses;
    private final CurrentUser currentUser;
    private final Path root;

    CourseFiles(CourseRepository courses, CurrentUser currentUser, @Value("${centrecpd.courses-folder:courses}") Path root) {
        this.courses = courses;
        this.currentUser = currentUser;
        this.root = root;
    }

    @PermitAll
    public Optional<CourseFile> find(String slug, String relativePath) {
        currentUser.require();
        if (relativePath == null || relativePath.isBlank() || relativePath.contains("\\") || relativePath.contains("\0")) {
            return Optional.empty();
        }
        for (String segment : relativePath.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
                return Optional.empty();
            }
        }
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        Optional<Course> course = courses.findBySlug(slug);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path folder = root.resolve(course.get().getFolder()).toRealPath();
            Path file = folder.resolve(relativePath).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(folder)) {
                return Optional.empty();
            }
            return Optional.of(new CourseFile(file, type, type.startsWith("image/")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
