package org.centrecpd.casestudies.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.centrecpd.casestudies.domain.AttachmentRepository;
import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves what {@link ExtractionWorker} read (a text, or why it could not be read) on one thread, a batch at a time:
 * one transaction per batch, each case study concerned announced once ({@link CaseStudyChanged}), and only while this
 * node still holds the document's lease. At most {@link #WAITING} results wait in memory; a reading thread waits for room.
 */
final class ExtractionSaver {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);
    private static final int WAITING = 32;

    /** A document's text, or the reason it could not be read (a message key). */
    record Outcome(TextExtractor.Extracted text, String failureKey) {
        static Outcome failed(String failureKey) {
            return new Outcome(null, failureKey);
        }
    }

    private final AttachmentRepository attachments;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ExtractionQueue queue;
    /** Told of the documents this node no longer holds (saved, failed, or changed meanwhile). */
    private final Consumer<Set<Long>> released;
    /** Told of each status saved, for the pages showing it. */
    private final Consumer<ExtractionWorker.Change> tell;
    /** What was read, by attachment id, waiting for {@link #saveRead}. */
    private final Map<Long, Outcome> read = new ConcurrentHashMap<>();
    private final Semaphore room = new Semaphore(WAITING);
    private final ExecutorService saver = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("extraction-save").daemon().factory());
    private final AtomicBoolean saving = new AtomicBoolean();

    ExtractionSaver(AttachmentRepository attachments, TransactionTemplate tx, ApplicationEventPublisher events, ExtractionQueue queue,
                    Consumer<Set<Long>> released, Consumer<ExtractionWorker.Change> tell) {
        this.attachments = attachments;
        this.tx = tx;
        this.events = events;
        this.queue = queue;
        this.released = released;
        this.tell = tell;
    }

    /** Hands over what was read of a document, waiting while {@link #WAITING} results are already waiting. */
    void put(long attachmentId, Outcome outcome) throws InterruptedException {
        room.acquire();
        read.put(attachmentId, outcome);
        saveSoon();
    }

    /** Stops saving (at the node's stop); what is not saved is read again, here or by another node. */
    void stop() throws InterruptedException {
        saver.shutdownNow();
        saver.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void saveSoon() {
        if (saving.compareAndSet(false, true)) {
            saver.submit(this::saveRead);
        }
    }

    /** Saves the texts read so far, a batch at a time, until nothing is waiting. */
    private void saveRead() {
        try {
            while (!read.isEmpty()) {
                Map<Long, Outcome> batch = new HashMap<>();
                for (Long id : List.copyOf(read.keySet())) {
                    Outcome outcome = read.remove(id);
                    if (outcome != null) {
                        batch.put(id, outcome);
                    }
                }
                room.release(batch.size());
                if (!batch.isEmpty()) {
                    save(batch);
                }
            }
        } finally {
            saving.set(false);
            if (!read.isEmpty()) {
                saveSoon(); // put while this batch was saved, after the loop looked
            }
        }
    }

    /**
     * One transaction: the texts, failures and statuses, and each case study concerned announced once.
     * If it fails (an attachment deleted or changed meanwhile), each is saved on its own, so the others are not
     * lost. Only the saver thread calls this.
     */
    private void save(Map<Long, Outcome> batch) {
        List<ExtractionWorker.Change> saved;
        try {
            saved = tx.execute(t -> {
                List<ExtractionWorker.Change> changes = new ArrayList<>();
                Set<Long> studies = new HashSet<>();
                // Only while the lease is still this node's: after it ran out, another node read it again.
                batch.forEach((id, outcome) -> attachments.findById(id).filter(a -> queue.finish(id))
                    .ifPresent(a -> {
                        if (outcome.text() != null) {
                            a.searchable(outcome.text().text(), outcome.text().truncated());
                        } else {
                            a.failed(outcome.failureKey());
                        }
                        studies.add(a.getCaseStudy().getId());
                        changes.add(new ExtractionWorker.Change(id, a.getStatus(), outcome.failureKey()));
                    }));
                studies.forEach(id -> events.publishEvent(new CaseStudyChanged(id)));
                return changes;
            });
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                batch.forEach((id, outcome) -> save(Map.of(id, outcome)));
            } else if (e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
                log.debug("Attachment {} was changed or removed while it was read", batch.keySet());
                released.accept(batch.keySet());
            } else {
                log.warn("What was read of attachment {} could not be saved", batch.keySet(), e);
                batch.keySet().forEach(id -> fail(id, "casestudies.file.damaged"));
            }
            return;
        }
        released.accept(batch.keySet());
        saved.forEach(tell);
    }

    /** The last resort of {@link #save(Map)}, on the saver thread too. */
    private void fail(long attachmentId, String reasonKey) {
        boolean failed = Boolean.TRUE.equals(tx.execute(t -> attachments.findById(attachmentId).filter(a -> queue.finish(attachmentId))
            .map(a -> {
                a.failed(reasonKey);
                events.publishEvent(new CaseStudyChanged(a.getCaseStudy().getId()));
                return true;
            }).orElse(false)));
        released.accept(Set.of(attachmentId));
        if (failed) {
            tell.accept(new ExtractionWorker.Change(attachmentId, ExtractionStatus.FAILED, reasonKey));
        }
    }
}
