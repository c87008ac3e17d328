package org.centrecpd.privacy.ui;

import org.centrecpd.base.NotFoundException;
import org.centrecpd.privacy.service.SubjectAccess;
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
 * The links in the privacy e-mails. {@code /privacy/copies/…}: a requested copy, for its person or an admin, signed
 * in (the sign-in page comes first, then the download). {@code /privacy/leaver-copy/…}: the copy offered to a
 * leaver, who cannot sign in any more; the link itself, sent to the address on record, is the proof. Anything else
 * (expired, wrong person, unknown) is 404, as for a link that never existed. Never cached.
 */
@RestController
class CopyController {

    private final SubjectAccess subjectAccess;

    CopyController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/privacy/copies/{token}")
    ResponseEntity<byte[]> requested(@PathVariable String token) {
        return send(subjectAccess.copyByLink(token));
    }

    @GetMapping("/privacy/leaver-copy/{token}")
    ResponseEntity<byte[]> leaver(@PathVariable String token) {
        return send(subjectAccess.leaverCopy(token));
    }

    private static ResponseEntity<byte[]> send(SubjectAccess.Copy copy) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(copy.fileName()).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType("application/zip"))
            .body(copy.zip());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
    }
}
