package org.centrecpd.casestudies.ui;

import java.io.InputStream;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.casestudies.service.CaseStudyReading;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of case-study documents, for signed-in people who may see the case study (the service
 * decides; anyone else gets 404, as for an id that does not exist). Always sent as a download,
 * never shown inline, so an uploaded web page cannot run in the app's origin.
 */
@RestController
class CaseStudyFileController {

    private final CaseStudyReading caseStudies;

    CaseStudyFileController(CaseStudyReading caseStudies) {
        this.caseStudies = caseStudies;
    }

    @GetMapping("/case-study-files/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) throws java.io.IOException {
        CaseStudyReading.Download file = caseStudies.download(attachmentId);
        InputStream content = file.content().open();
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(),
                java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .contentLength(file.size())
            .body(new InputStreamResource(content));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }
}
