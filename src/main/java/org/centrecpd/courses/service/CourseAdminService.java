package org.centrecpd.courses.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.courses.domain.CourseVersion;
import org.centrecpd.courses.files.TimeEstimate;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's side of courses: what is published, and re-importing the courses folder. */
@Service
public class CourseAdminService {

    private final FolderImport folderImport;
    private final CourseRepository courses;

    CourseAdminService(FolderImport folderImport, CourseRepository courses) {
        this.folderImport = folderImport;
        this.courses = courses;
    }

    /** The admin's "Re-import courses". */
    @RolesAllowed(Role.ADMIN_NAME)
    public ImportReport reimport() {
        return folderImport.importFolder();
    }

    /** The report of the last import since start-up (empty before the first). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<ImportReport> lastReport() {
        return folderImport.lastReport();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<PublishedCourse> published() {
        Map<String, TimeEstimate> estimates = folderImport.lastReport().map(ImportReport::estimates).orElse(Map.of());
        return courses.findAllPublished().stream().map(c -> {
            CourseVersion v = c.getCurrent();
            TimeEstimate estimate = estimates.get(v.getFingerprint());
            return new PublishedCourse(c.getSlug(), v.getTitle(), v.getKind(), c.getFolder(), v.getNumber(), v.getUnitCount(),
                v.getQuestionCount(), v.getCpdHours(), estimate == null ? null : estimate.hours(), v.getImportedAt());
        }).toList();
    }
}
