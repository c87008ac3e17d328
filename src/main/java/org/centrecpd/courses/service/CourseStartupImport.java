package org.centrecpd.courses.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the courses folder on every start (Flyway has run by then). Whatever the files contain,
 * the app still starts: problems are logged, and an admin sees them on the Courses admin page.
 */
@Component
@Order(20)
class CourseStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CourseStartupImport.class);

    private final FolderImport importer;

    CourseStartupImport(FolderImport importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            importer.importFolder();
        } catch (RuntimeException | LinkageError e) {
            log.error("Importing the courses folder failed; the app runs with the courses already in the database", e);
        }
    }
}
