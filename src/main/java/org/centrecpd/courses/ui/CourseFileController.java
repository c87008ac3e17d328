package org.centrecpd.courses.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.centrecpd.courses.files.CourseFolderReader;
import org.centrecpd.courses.service.CourseFiles;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the pictures and downloads of a course at {@code /course-files/<slug>/<path>}, which is
 * where the importer points a unit's relative links. Files are served so that the browser never
 * runs them: a sandboxing content-security policy (an SVG could carry a script), no sniffing, and
 * anything that is not a picture as a download.
 */
@RestController
class CourseFileController {

    private final CourseFiles files;

    CourseFileController(CourseFiles files) {
        this.files = files;
    }

    @GetMapping("/" + CourseFolderReader.FILES_PATH + "{slug}/**")
    ResponseEntity<Resource> file(@PathVariable String slug, HttpServletRequest request) {
        String prefix = request.getContextPath() + "/" + CourseFolderReader.FILES_PATH + slug + "/";
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix)) {
            return ResponseEntity.notFound().build();
        }
        String path = java.net.URLDecoder.decode(uri.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8);
        return files.find(slug, path).map(f -> {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
            if (!f.image()) {
                ok.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(f.path().getFileName().toString()).build().toString());
            }
            return ok.<Resource>body(new FileSystemResource(f.path()));
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
