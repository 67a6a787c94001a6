package io.touchstone.textmining;

import io.touchstone.system.HelperThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * Counts a stream of comments grouped by customer on several threads: the comments are handed
 * out in batches of whole customers, each batch to one of the counters in turn, and the counters
 * are added up at the end. A customer is counted by one counter only, so the total is exactly
 * what one counter reading the whole stream would count, however many threads counted.
 *
 * <p><b>NOTE</b>: for counters that never prune ({@link PhraseCounter#only}): a pruning counter
 * forgets rare keys by what it has seen, which depends on how the customers were shared out.
 * Analysing the comments is the work; the reading thread only hands them on, and waits when
 * {@code 2 × threads} batches are pending, so at most that many batches are held.
 */
final class CustomersSharedOut implements AutoCloseable {

    /** Comments handed to a thread at once: enough to be worth a hand-over, few enough to hold. */
    static final int BATCH = 512;
    private static final String COUNTING = "counting phrases";

    private record Comment(String customer, Analyzer analyzer, String text) {
    }

    private final List<PhraseCounter> counters = new ArrayList<>();
    private final int batchSize;
    private final ExecutorService threads;
    private final Semaphore pendingBatches;
    private final List<Future<?>> handedOut = new ArrayList<>();
    private List<Comment> batch;
    private String customer;
    private int nextCounter;

    CustomersSharedOut(Supplier<PhraseCounter> counter, int threads) {
        this(counter, threads, BATCH);
    }

    CustomersSharedOut(Supplier<PhraseCounter> counter, int threads, int batchSize) {
        int count = Math.max(1, threads);
        for (int i = 0; i < count; i++) {
            counters.add(counter.get());
        }
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
        this.threads = count == 1 ? null : HelperThreads.named("phrase-counting", count);
        this.pendingBatches = new Semaphore(2 * count);
    }

    /** Adds one comment of {@code customer}; the comments of one customer arrive one after another. */
    void add(String customer, Analyzer analyzer, String comment) {
        if (batch.size() >= batchSize && !customer.equals(this.customer)) {
            handOut();
        }
        batch.add(new Comment(customer, analyzer, comment));
        this.customer = customer;
    }

    /** Every comment counted, the counters added up into the first. */
    PhraseCounter total() {
        handOut();
        for (Future<?> counted : handedOut) {
            HelperThreads.await(counted, COUNTING);
        }
        handedOut.clear();
        PhraseCounter total = counters.get(0);
        for (PhraseCounter part : counters.subList(1, counters.size())) {
            total.add(part);
        }
        return total;
    }

    private void handOut() {
        if (batch.isEmpty()) {
            return;
        }
        List<Comment> full = batch;
        batch = new ArrayList<>(batchSize);
        PhraseCounter counter = counters.get(nextCounter++ % counters.size());
        if (threads == null) {
            count(counter, full);
            return;
        }
        try {
            pendingBatches.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + COUNTING, e);
        }
        // Done batches are let go, their failure passed on now rather than at the end.
        handedOut.removeIf(counted -> {
            if (!counted.isDone()) {
                return false;
            }
            HelperThreads.await(counted, COUNTING);
            return true;
        });
        handedOut.add(threads.submit(() -> {
            try {
                // Batches of one counter take turns; the lock also hands its state from thread to thread.
                synchronized (counter) {
                    count(counter, full);
                }
            } finally {
                pendingBatches.release();
            }
        }));
    }

    private static void count(PhraseCounter counter, List<Comment> comments) {
        for (Comment comment : comments) {
            counter.add(comment.customer(), comment.analyzer(), comment.text());
        }
    }

    @Override
    public void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
