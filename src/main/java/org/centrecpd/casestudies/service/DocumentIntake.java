package org.centrecpd.casestudies.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.casestudies.extraction.DocumentType;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.base.files.FileStore;
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

    /** What Tika calls a Word (or other Office Open XML) file saved with a password: nothing inside can be read. */
    static final String PASSWORD_PROTECTED_OFFICE = "application/x-tika-ooxml-protected";

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
            if (PASSWORD_PROTECTED_OFFICE.equals(mediaType)) {
                throw new RuleViolation("casestudies.file.passwordProtected", name);
            }
            DocumentType type = DocumentType.of(mediaType)
                .orElseThrow(() -> new RuleViolation("casestudies.file.type", name, mediaType));
            return new Received(name, mediaType, type.label(), size, files.store(upload));
        } catch (IOException e) {
            throw new RuleViolation("casestudies.file.unreadableUpload", name);
        }
    }

    /**
     * The name made safe by the one rule ({@link org.centrecpd.base.files.FileNames}). Names stored before this rule
     * are cleaned by V21 and, for good measure, again whenever they are shown.
     */
    static String safeName(String fileName) {
        return org.centrecpd.base.files.FileNames.safe(fileName);
    }
}
