package org.civicchat.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One consumer of the outbox group: first its own entries left pending by an earlier run under the same
 * name, then new entries (XREADGROUP, blocking while the outbox is empty), and every {@code claimIdle / 4}
 * the entries other consumers left pending longer than {@code claimIdle} (XAUTOCLAIM). Entries are
 * acknowledged (and deleted) after each batch; a worker that dies mid-batch acknowledges nothing, and the
 * delivery records make the re-delivery skip what was already sent.
 */
final class OutboxWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final long FAILURE_PAUSE_MILLIS = 1000;

    private final DeliveryStore store;
    private final Delivery delivery;
    private final String consumer;
    private final NoticeSettings settings;
    private volatile boolean running = true;
    private String claimCursor = "0-0";

    OutboxWorker(DeliveryStore store, Delivery delivery, String consumer, NoticeSettings settings) {
        if (consumer.contains("|")) {
            throw new IllegalArgumentException("consumer name must not contain '|', was " + consumer);
        }
        this.store = store;
        this.delivery = delivery;
        this.consumer = consumer;
        this.settings = settings;
    }

    String consumer() {
        return consumer;
    }

    /** Finish the entry in hand, hand the rest of the batch back to the outbox, and return. */
    void stop() {
        running = false;
    }

    @Override
    public void run() {
        long claimEvery = Math.max(50, settings.claimIdle().toMillis() / 4);
        long nextClaim = System.currentTimeMillis() + claimEvery;
        int blockMillis = (int) settings.block().toMillis();
        try {
            process(store.ownPending(consumer, settings.batch()));
            while (running && !Thread.currentThread().isInterrupted()) {
                try {
                    if (System.currentTimeMillis() >= nextClaim) {
                        Map.Entry<String, List<OutboxEntry>> page = store.autoclaim(consumer,
                                settings.claimIdle().toMillis(), claimCursor, settings.batch());
                        claimCursor = page.getKey();
                        nextClaim = System.currentTimeMillis() + claimEvery;
                        process(page.getValue());
                    }
                    process(store.read(consumer, settings.batch(), blockMillis));
                } catch (RuntimeException e) {
                    log.warn("Outbox worker {}: {}; pausing before the next read", consumer, e.toString());
                    TimeUnit.MILLISECONDS.sleep(FAILURE_PAUSE_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Delivers a batch, then acknowledges what is finished and hands back what was not started (on stop or
     * interrupt; interrupts only come while waiting for the rate budget, before a claim). An entry whose
     * delivery failed on Redis stays pending for a takeover. An {@link Error} (the thread dying) acknowledges
     * nothing, like a killed process.
     */
    private void process(List<OutboxEntry> entries) throws InterruptedException {
        List<String> done = new ArrayList<>(entries.size());
        int next = 0;
        try {
            for (; next < entries.size() && running; next++) {
                if (delivery.deliver(entries.get(next), consumer) == Delivery.After.ACK) {
                    done.add(entries.get(next).id());
                }
            }
        } catch (InterruptedException e) {
            acknowledge(done, entries.subList(next, entries.size()));
            throw e;
        } catch (RuntimeException e) {
            acknowledge(done, entries.subList(next + 1, entries.size()));
            throw e;
        }
        acknowledge(done, entries.subList(next, entries.size()));
    }

    private void acknowledge(List<String> done, List<OutboxEntry> untouched) {
        try {
            store.ack(done);
            store.requeue(untouched);
        } catch (RuntimeException e) {
            log.warn("Outbox worker {}: could not acknowledge {} entries ({}); they will be re-delivered and skipped",
                    consumer, done.size(), e.toString());
        }
    }
}
