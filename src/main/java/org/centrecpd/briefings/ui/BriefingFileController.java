package org.centrecpd.briefings.ui;

import java.nio.charset.StandardCharsets;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.briefings.service.BriefingReading;
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
 * Downloads of briefing documents, for those who may read the briefing (the service decides; anyone else gets 404,
 * as for an id that does not exist). Always sent as a download, never shown inline.
 */
@RestController
class BriefingFileController {

    private final BriefingReading reading;

    BriefingFileController(BriefingReading reading) {
        this.reading = reading;
    }

    @GetMapping("/briefing-files/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) {
        BriefingReading.Download file = reading.download(attachmentId);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                .build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .contentLength(file.size())
            .body(new InputStreamResource(file.content()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }
}
