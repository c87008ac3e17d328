package org.centrecpd.casestudies.service;

import java.io.IOException;
import java.time.Duration;
import org.centrecpd.casestudies.domain.AttachmentRepository;
import org.centrecpd.base.files.FileStore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, every night, the stored files no document refers to any more: a document taken off a case
 * study (a wrong upload may hold personal data) or a case study deleted with its documents. Files are
 * stored once per content and may be shared by several documents, so a file goes only when the last
 * of them has; and only a day after it was last stored, so that an upload in progress keeps its file.
 */
@Component
public class StoredFilesSweep {

    private static final Logger log = LoggerFactory.getLogger(StoredFilesSweep.class);
    /** Far longer than any upload takes to commit. */
    static final Duration GRACE = Duration.ofDays(1);

    private final FileStore files;
    private final AttachmentRepository attachments;

    StoredFilesSweep(FileStore files, AttachmentRepository attachments) {
        this.files = files;
        this.attachments = attachments;
    }

    /** On one node of a deployment (the store is shared by all of them); a node that finds the lock taken skips the night. */
    @Scheduled(cron = "${centrecpd.files.sweep-cron:0 45 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "stored-files-sweep", lockAtLeastFor = "PT1M")
    public void run() {
        sweep(GRACE);
    }

    /** Deletes the files unused and last stored longer ago than {@code grace}; returns how many. */
    public int sweep(Duration grace) {
        try {
            int deleted = files.deleteUnused(attachments::existsBySha256, grace);
            if (deleted > 0) {
                log.info("Deleted {} stored file(s) that no document refers to any more", deleted);
            }
            return deleted;
        } catch (IOException e) {
            log.warn("Stored files no longer used could not be deleted; trying again tomorrow", e);
            return 0;
        }
    }
}
