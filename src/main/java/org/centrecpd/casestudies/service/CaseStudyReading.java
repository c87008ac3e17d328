package org.centrecpd.casestudies.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.casestudies.domain.Attachment;
import org.centrecpd.casestudies.domain.AttachmentRepository;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyRepository;
import org.centrecpd.casestudies.domain.Place;
import org.centrecpd.casestudies.domain.ReviewEntryRepository;
import org.centrecpd.base.files.FileStore;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading case studies from the database: a case study's page with its documents and history, a writer's own
 * case studies that are not in the library, a document's download. Whatever the asker may not see answers
 * "not found" ({@link CaseStudyPolicy}). Finding case studies by their words is {@code CaseStudySearch}'s.
 */
@Service
@Transactional(readOnly = true)
public class CaseStudyReading {

    private final CaseStudyRepository caseStudies;
    private final AttachmentRepository attachments;
    private final ReviewEntryRepository reviews;
    private final CaseStudyPolicy policy;
    private final AccessScope scope;
    private final FileStore files;

    CaseStudyReading(CaseStudyRepository caseStudies, AttachmentRepository attachments, ReviewEntryRepository reviews,
                     CaseStudyPolicy policy, AccessScope scope, FileStore files) {
        this.caseStudies = caseStudies;
        this.attachments = attachments;
        this.reviews = reviews;
        this.policy = policy;
        this.scope = scope;
        this.files = files;
    }

    /** A case study's page, for anyone who may see it, with what they may do with it. */
    @PermitAll
    public CaseStudyPage page(long id) {
        CaseStudy s = policy.visible(id);
        CaseStudyPolicy.Allowed allowed = policy.allowed(s);
        return new CaseStudyPage(s.getId(), s.getVersion(), s.getTitle(), s.getSummary(), s.getOutcomes(), s.getYearOfPractice(),
            s.getStatus(), s.isPublishedToAll(), s.getAuthorName(), s.getBasedOn(),
            s.getPlaces().stream().map(Place::describe).distinct().toList(),
            setOf(s.getCentreIds()), setOf(s.getAreas()), setOf(s.getQualities()), setOf(s.getAges()),
            s.getAttachments().stream().map(CaseStudyReading::row).toList(),
            reviews.findByCaseStudyIdOrderByAtAsc(id).stream()
                .map(r -> new CaseStudyPage.Review(r.getAuthorName(), r.getAction(), r.getComment(), r.getAt())).toList(),
            allowed.edit(), allowed.review(), allowed.reviewSteps());
    }

    static CaseStudyPage.AttachmentRow row(Attachment a) {
        return new CaseStudyPage.AttachmentRow(a.getId(), DocumentIntake.safeName(a.getFileName()), a.getFileType(), a.getSizeBytes(), a.getStatus(),
            a.getFailure(), a.isTextTruncated());
    }

    /**
     * What the asker wrote or oversees that is not in the library: drafts and reviews in progress, and apart
     * from them those withdrawn from the library (no longer in progress, but still theirs to look back on).
     */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME})
    public MyCaseStudies mine() {
        var cards = caseStudies.writtenOrReviewedBy(scope.centres(), MyCaseStudies.LISTED).stream()
            .map(s -> new CaseStudyCard(s.getId(), s.getTitle(), s.getYearOfPractice(), s.getStatus(), s.getAuthorName()))
            .collect(Collectors.partitioningBy(c -> c.status().isInProgress()));
        return new MyCaseStudies(cards.get(true), cards.get(false));
    }

    /** A document, for someone who may see its case study; "not found" for everyone else. */
    @PermitAll
    public Download download(long attachmentId) {
        Attachment a = attachments.findById(attachmentId).orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        policy.visible(a.getCaseStudy().getId());
        String hash = a.getSha256();
        return new Download(DocumentIntake.safeName(a.getFileName()), a.getMediaType(), a.getSizeBytes(), () -> files.open(hash));
    }

    /** A document to send: its name, type and content. */
    public record Download(String fileName, String mediaType, long size, Content content) {
        @FunctionalInterface
        public interface Content {
            InputStream open() throws IOException;
        }
    }

    private static <T> Set<T> setOf(Collection<T> c) {
        return Set.copyOf(c);
    }
}
