package org.centrecpd.casestudies.service;

import org.centrecpd.base.AfterCommit;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.centrecpd.casestudies.domain.AttachmentRepository;
import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.centrecpd.casestudies.domain.ExtractionStatus;
import org.centrecpd.casestudies.extraction.TextExtractor;
import org.centrecpd.base.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the text of uploaded documents in the background, a few at a time, and makes them
 * searchable: queued → extracting → searchable, or failed with the reason. Each step is its own
 * short transaction, so the page (and the search index, written after each commit) follows along; pages
 * that show an attachment subscribe to the changes ({@link #onChange}) and are told by server push.
 * <p>
 * The queue is the table ({@link ExtractionQueue}), shared by every app node: an upload wakes this node's poller
 * after its commit, and every node also polls now and then, so documents queued on a node that died, or leased
 * by one that died mid-read, are read by another (after the lease). A node stopping puts back what it holds.
 * Pages are told of changes by the node that read the document, which is almost always the node of the upload.
 * <p>
 * What was read (a text, or why it could not be read) is saved by one thread a batch at a time
 * ({@link ExtractionSaver}), each case study concerned announced once per batch ({@link CaseStudyChanged}):
 * indexing a case study analyses the text of all its documents again, so documents of one case study
 * read close together (an upload of several, a restart) index it once, not once each. The index is written
 * by its one writer ({@code CaseStudyIndexer}), from the database after the batch has committed, in turn
 * with the users' saves: a text saved here is never overwritten in the index by a save that read the case
 * study before it.
 */
@Component
public class ExtractionWorker implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);

    /** A change of an attachment's status, for the pages showing it. */
    public record Change(long attachmentId, ExtractionStatus status, String failureKey) {
    }

    private final AttachmentRepository attachments;
    private final FileStore files;
    private final TextExtractor extractor;
    private final TransactionTemplate tx;
    private final ExtractionQueue queue;
    private final int processes;
    private final Duration pollEvery;
    private final Duration lease;
    private final ExecutorService workers;
    /** Claims (one at a time, so a node never claims more than it has room for) and lease renewals. */
    private final ScheduledExecutorService poller;
    private final AtomicBoolean started = new AtomicBoolean();
    /** Reading threads busy. */
    private final AtomicInteger busy = new AtomicInteger();
    /** Documents this node holds a lease of, claimed and not saved yet: their leases are renewed. */
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    /** Saves what was read, a batch at a time. */
    private final ExtractionSaver saver;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    ExtractionWorker(AttachmentRepository attachments, FileStore files, TextExtractor extractor, TransactionTemplate tx,
                     ApplicationEventPublisher events, JdbcClient jdbc,
                     @Value("${centrecpd.extraction.processes:2}") int processes,
                     @Value("${centrecpd.node.name:}") String node,
                     @Value("${centrecpd.extraction.lease:PT1M}") Duration lease,
                     @Value("${centrecpd.extraction.poll-every:PT10S}") Duration pollEvery) {
        this.attachments = attachments;
        this.files = files;
        this.extractor = extractor;
        this.tx = tx;
        this.processes = processes;
        this.lease = lease;
        this.pollEvery = pollEvery;
        this.queue = new ExtractionQueue(jdbc, tx, node.isBlank() ? defaultNodeName() : node, lease);
        this.workers = Executors.newFixedThreadPool(processes, Thread.ofPlatform().name("extraction-", 1).daemon().factory());
        this.saver = new ExtractionSaver(attachments, tx, events, queue, held::removeAll, this::tell);
        this.poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("extraction-poll").daemon().factory());
    }

    /** This machine's name and a random part: two nodes on one machine, or one node restarted, never share leases. */
    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "node";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The name this node holds its leases in. */
    public String node() {
        return queue.node();
    }

    /** Subscribes to status changes; returns what unsubscribes (call it when the page closes). */
    public Runnable onChange(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Reads a newly stored attachment soon after the transaction that stored it has committed: wakes this node's
     * poller, which claims it (or, if every reading thread is busy, whichever node has room first). Not an event
     * through Spring Modulith's publication registry: the attachment's own status (queued) is already the durable
     * record, and a registry row would cost every upload three more writes for nothing.
     */
    void readAfterCommit(long attachmentId) {
        AfterCommit.run(this::pollSoon);
    }

    /** Starts polling (once) and reads what is queued now: documents left by a stop, or by a node that died. */
    @Override
    public void run(ApplicationArguments args) {
        if (started.compareAndSet(false, true)) {
            poller.scheduleWithFixedDelay(this::poll, pollEvery.toMillis(), pollEvery.toMillis(), TimeUnit.MILLISECONDS);
            long renewEvery = Math.max(1000, lease.toMillis() / 3);
            poller.scheduleWithFixedDelay(this::renew, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        }
        pollSoon();
    }

    private void pollSoon() {
        try {
            poller.execute(this::poll);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the node is stopping: another node (or the next start) reads it
        }
    }

    /** Claims as many documents as there are idle reading threads, and starts reading them. */
    private void poll() {
        try {
            List<Long> claimed = queue.claim(processes - busy.get());
            for (long id : claimed) {
                held.add(id);
                busy.incrementAndGet();
                workers.submit(() -> {
                    try {
                        extract(id);
                    } finally {
                        busy.decrementAndGet();
                        pollSoon();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Could not claim documents to read; trying again in {}", pollEvery, e);
        }
    }

    private void renew() {
        try {
            queue.renew(held);
        } catch (RuntimeException e) {
            log.warn("Could not renew the leases of the documents being read", e);
        }
    }

    void extract(long attachmentId) {
        String hash = tx.execute(t -> attachments.findById(attachmentId).map(a -> a.getSha256()).orElse(null));
        if (hash == null) {
            held.remove(attachmentId); // deleted meanwhile
            return;
        }
        tell(new Change(attachmentId, ExtractionStatus.EXTRACTING, null));
        ExtractionSaver.Outcome outcome;
        try {
            outcome = new ExtractionSaver.Outcome(files.withLocalFile(hash, extractor::extract), null);
        } catch (TextExtractor.Refused refused) {
            log.info("Attachment {} could not be read: {}", attachmentId, refused.getMessage());
            outcome = ExtractionSaver.Outcome.failed(refused.reasonKey());
        } catch (IOException | RuntimeException e) {
            log.warn("Attachment {} could not be read", attachmentId, e);
            outcome = ExtractionSaver.Outcome.failed("casestudies.file.damaged");
        }
        try {
            saver.put(attachmentId, outcome);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // put back at the stop (destroy), or claimed again after the lease
        }
    }

    private void tell(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.debug("A page could not be told about attachment {}", change.attachmentId(), e);
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        poller.shutdownNow();
        workers.shutdownNow();
        saver.stop();
        try {
            int back = queue.releaseAll();
            if (back > 0) {
                log.info("Put back {} document(s) half-read, for another node or the next start", back);
            }
        } catch (RuntimeException e) {
            log.warn("Could not put back the documents being read; they are read again once their lease has run out", e);
        }
    }
}
