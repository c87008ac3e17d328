package org.centrecpd.courses.service;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centrecpd.courses.domain.CourseRepository;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Pictures and downloads are served from inside their course's folder only, to signed-in people. */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class CourseFilesTest {

    @TempDir
    Path root;
    @Autowired
    ApplicationContext context;
    @Autowired
    CourseRepository courses;
    @Autowired
    CurrentUser currentUser;

    CourseFiles files;
    String slug;

    @BeforeEach
    void courseWithAPicture() throws IOException {
        slug = TestCourses.newSlug();
        TestCourses.write(root, slug, "Files course", "![A map](images/map.png)");
        Files.createDirectories(root.resolve(slug).resolve("images"));
        Files.write(root.resolve(slug).resolve("images/map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(root.resolve("secret.png"), "not part of any course");
        new TestCourses(context).importFolder(root);
        files = new CourseFiles(courses, currentUser, root);
    }

    @Test
    void aPictureBesideTheUnitsIsServed() {
        assertThat(files.find(slug, "images/map.png")).hasValueSatisfying(f -> {
            assertThat(f.contentType()).isEqualTo("image/png");
            assertThat(f.image()).isTrue();
        });
    }

    @Test
    void nothingOutsideTheCourseFolderAndNoSourceFiles() throws IOException {
        assertThat(files.find(slug, "../secret.png")).isEmpty();
        assertThat(files.find(slug, "images/../../secret.png")).isEmpty();
        assertThat(files.find(slug, root.resolve("secret.png").toString())).isEmpty();
        assertThat(files.find(slug, "course.yml")).isEmpty();
        assertThat(files.find(slug, "01-first.md")).isEmpty();
        assertThat(files.find(slug, "images/missing.png")).isEmpty();
        assertThat(files.find("no-such-course", "images/map.png")).isEmpty();

        Files.createSymbolicLink(root.resolve(slug).resolve("images/link.png"), root.resolve("secret.png"));
        assertThat(files.find(slug, "images/link.png")).isEmpty();
    }

    @Test
    void notForAnonymousRequests() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> files.find(slug, "images/map.png"))
            .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
