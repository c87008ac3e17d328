package org.centrecpd.briefings.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.files.FileNames;
import org.centrecpd.base.files.FileStore;
import org.centrecpd.base.files.LocalFileStore;
import org.centrecpd.briefings.BriefingStatus;
import org.centrecpd.briefings.domain.Briefing;
import org.centrecpd.briefings.domain.BriefingAttachment;
import org.centrecpd.briefings.domain.BriefingAttachmentRepository;
import org.centrecpd.briefings.domain.BriefingRepository;
import org.centrecpd.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The officer's documents on a briefing: PDF or Word only, recognised by their content (Tika's detection, as for
 * case-study documents, never by the name), at most {@code centrecpd.briefings.max-upload}, the name made safe by
 * the one rule ({@link FileNames}), stored by content in a {@link FileStore} of their own (the case studies' sweep
 * of unused files never sees them). Attached and removed while the briefing is a draft or scheduled: what was sent
 * is what recipients keep. Who may download one is the briefing's reading rule ({@link BriefingReading#download}).
 */
@Service
@Transactional(readOnly = true)
public class BriefingFiles {

    /** What a briefing may carry: the media type as detected, and the word shown for it. */
    static final Map<String, String> ACCEPTED = Map.of(
        "application/pdf", "PDF",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word");

    private final BriefingRepository briefings;
    private final BriefingAttachmentRepository attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxUpload;
    private final FileStore files;
    private volatile Detector detector;

    BriefingFiles(BriefingRepository briefings, BriefingAttachmentRepository attachments, ApplicationEventPublisher events, Clock clock,
                  @Value("${centrecpd.briefings.max-upload:20MB}") DataSize maxUpload,
                  @Value("${centrecpd.files-folder:data/files}-briefings") Path folder) {
        this.briefings = briefings;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
        this.maxUpload = maxUpload;
        this.files = new LocalFileStore(folder, clock);
    }

    /** The largest document accepted (the upload field says so too). */
    public DataSize maxUpload() {
        return maxUpload;
    }

    /** Attaches the uploaded file at {@code upload} (read, not kept) to a draft or scheduled briefing. Audited. @return its id */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public long attach(long briefingId, String fileName, Path upload) {
        Briefing b = changeable(briefingId);
        String name = FileNames.safe(fileName);
        try {
            long size = Files.size(upload);
            if (size > maxUpload.toBytes()) {
                throw new RuleViolation("briefings.file.tooBig", name, maxUpload.toMegabytes());
            }
            if (size == 0) {
                throw new RuleViolation("briefings.file.empty", name);
            }
            String mediaType = detect(upload);
            if (!ACCEPTED.containsKey(mediaType)) {
                throw new RuleViolation("briefings.file.type", name);
            }
            BriefingAttachment saved = attachments.save(new BriefingAttachment(briefingId, name, mediaType, size, files.store(upload),
                LocalDateTime.now(clock)));
            events.publishEvent(new AuditEvent(AuditAction.BRIEFING_FILE_ADDED, b.getReference() + " " + b.getTitle(), name));
            return saved.getId();
        } catch (IOException e) {
            throw new RuleViolation("briefings.file.unreadable", name);
        }
    }

    /** Takes a document off a draft or scheduled briefing. Audited. */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void remove(long attachmentId) {
        BriefingAttachment a = attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        Briefing b = changeable(a.getBriefingId());
        attachments.delete(a);
        events.publishEvent(new AuditEvent(AuditAction.BRIEFING_FILE_REMOVED, b.getReference() + " " + b.getTitle(), a.getFileName()));
    }

    /** A draft's or scheduled briefing's documents, for its editor. */
    @RolesAllowed(Role.ADMIN_NAME)
    public java.util.List<BriefingPage.Document> of(long briefingId) {
        return documents(briefingId);
    }

    java.util.List<BriefingPage.Document> documents(long briefingId) {
        return attachments.findByBriefingIdOrderById(briefingId).stream().map(a -> new BriefingPage.Document(a.getId(),
            FileNames.safe(a.getFileName()), ACCEPTED.getOrDefault(a.getMediaType(), ""), a.getSize())).toList();
    }

    InputStream open(String sha256) throws IOException {
        return files.open(sha256);
    }

    private Briefing changeable(long briefingId) {
        Briefing b = briefings.findById(briefingId).orElseThrow(() -> new NotFoundException("Briefing " + briefingId));
        if (b.getStatus() != BriefingStatus.DRAFT && b.getStatus() != BriefingStatus.SCHEDULED) {
            throw new RuleViolation("briefings.file.sent");
        }
        return b;
    }

    private String detect(Path file) throws IOException {
        if (detector == null) {
            detector = TikaConfig.getDefaultConfig().getDetector();
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        }
    }
}
