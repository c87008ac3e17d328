package org.centrecpd.casestudies.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.extraction.DocumentType;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.casestudies.storage.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A document as it arrives: its name made safe, its size checked, its type read from its content (not its
 * name), and the file stored by its content. Whatever is refused is refused here, before the case study is
 * locked for the change.
 */
@Component
class DocumentIntake {

    /** A document accepted and stored, ready to be attached. */
    record Received(String name, String mediaType, String type, long size, String sha256) {
    }

    private final FileStore files;
    private final TextExtractor extractor;
    private final DataSize maxUpload;

    DocumentIntake(FileStore files, TextExtractor extractor,
                   @Value("${centrecpd.case-studies.max-upload:50MB}") DataSize maxUpload) {
        this.files = files;
        this.extractor = extractor;
        this.maxUpload = maxUpload;
    }

    /** The largest document accepted (the upload field says so too). */
    DataSize maxUpload() {
        return maxUpload;
    }

    Received receive(String fileName, Path upload) {
        String name = safeName(fileName);
        try {
            long size = Files.size(upload);
            if (size > maxUpload.toBytes()) {
                throw new RuleViolation("casestudies.file.tooBig", name, maxUpload.toMegabytes());
            }
            if (size == 0) {
                throw new RuleViolation("casestudies.file.emptyUpload", name);
            }
            String mediaType = extractor.detect(upload);
            // A password-protected Word, Excel or PowerPoint file is an encrypted container, not a document type:
            // "not a document the library accepts" sent people looking for the wrong cause.
            if (mediaType.equals("application/x-tika-ooxml-protected")) {
                throw new RuleViolation("casestudies.file.encryptedUpload", name);
            }
            DocumentType type = DocumentType.of(mediaType)
                .orElseThrow(() -> new RuleViolation("casestudies.file.type", name, mediaType));
            return new Received(name, mediaType, type.label(), size, files.store(upload));
        } catch (IOException e) {
            throw new RuleViolation("casestudies.file.unreadableUpload", name);
        }
    }

    /**
     * Only the last part of what the browser sent, without control, format (\p{Cf}: bidi overrides and isolates,
     * zero-width characters) or line-separator characters, at most 200 characters. A right-to-left override
     * would make "invoice\u202Etxt.exe" read as "invoiceexe.txt". Names stored before this rule are cleaned by
     * V21 and, for good measure, again whenever they are shown.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
