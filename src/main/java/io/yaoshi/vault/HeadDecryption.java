package io.yaoshi.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The second thread of an unlock: decrypts the heads of the rows it is given, in batches and in the order given, and
 * keeps, holds or previews each item. At most {@value #BATCHES_AHEAD} batches wait, so a slow reader bounds the rows
 * in memory. Everything it changes ({@code items}' kinds and kept items, the lists it returns) is read only after
 * {@link #finish()}, which waits for it.
 */
final class HeadDecryption {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;

    private final UnlockedItems items;
    private final ItemPreview.Reader reader;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "yaoshi-unlock");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(BATCHES_AHEAD);
    private final List<Future<?>> batches = new ArrayList<>();
    private final List<UUID> damaged = new ArrayList<>();
    private final List<UUID> readWhole = new ArrayList<>();
    private List<SealedItem> batch = new ArrayList<>(BATCH);

    HeadDecryption(UnlockedItems items, ItemPreview.Reader reader) {
        this.items = items;
        this.reader = reader;
    }

    void add(SealedItem row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Waits for every row given; returns the ids of those whose head failed. */
    List<UUID> finish() {
        submit();
        try {
            for (Future<?> done : batches) {
                done.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("decrypting heads failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unlocking", e);
        } finally {
            thread.shutdownNow();
        }
        return damaged;
    }

    /** The items kept in memory whose head does not hold them whole; valid after {@link #finish()}. */
    List<UUID> readWhole() {
        return readWhole;
    }

    /** Stops after the batch under way, and waits for it: the caller wipes what was decrypted. */
    void cancel() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the unlock's second thread did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<SealedItem> rows = batch;
        batch = new ArrayList<>(BATCH);
        room.acquireUninterruptibly();
        batches.add(thread.submit(() -> {
            try {
                for (SealedItem row : rows) {
                    if (Thread.currentThread().isInterrupted()) {
                        return; // cancelled: the unlock failed
                    }
                    decrypt(row);
                }
            } finally {
                room.release();
            }
        }));
    }

    private void decrypt(SealedItem row) {
        Optional<ItemHead> opened = items.openHead(row);
        if (opened.isEmpty()) {
            damaged.add(row.id());
            return;
        }
        ItemHead head = opened.get();
        try {
            if (head.kind().readOnDemand()) {
                items.hold(row.id(), head.kind());
                reader.read(new ItemPreview(row.id(), head.kind(), head.payloadStart().asReadOnlyBuffer(),
                        head.complete()));
            } else if (head.complete()) {
                items.keep(VaultItem.adopt(row.id(), head.kind(), head.payloadCopy()));
            } else {
                items.hold(row.id(), head.kind()); // keeps its place in storage order; read whole afterwards
                readWhole.add(row.id());
            }
        } finally {
            head.wipe();
        }
    }
}
