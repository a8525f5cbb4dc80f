package org.civicchat.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This node's share of delivery, started and stopped with the app: {@code workers} outbox consumers named
 * &lt;node&gt;-&lt;n&gt;, and a task on the app's {@link TaskScheduler} that queues due notices and puts due retries
 * back into the outbox {@code poll} after its previous run ended. Several nodes (or several of these in one JVM,
 * in tests) share one Redis.
 */
@Component
class NoticeDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

    private final DeliveryStore deliveries;
    private final Fanout fanout;
    private final Delivery delivery;
    private final NoticeSettings settings;
    private final String nodeId;
    private final List<OutboxWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final TaskScheduler scheduler;
    private final Clock clock;
    private ScheduledFuture<?> dueWork;
    private volatile boolean running;

    NoticeDelivery(NoticeStore notices, DeliveryStore deliveries, ResidentStore residents, Fanout fanout,
                   OutboundMessenger messenger, NoticeSettings settings, NoticeLinks links,
                   ApplicationEventPublisher events, TaskScheduler scheduler, Clock clock) {
        this.deliveries = deliveries;
        this.scheduler = scheduler;
        this.clock = clock;
        this.fanout = fanout;
        this.settings = settings;
        this.delivery = new Delivery(notices, deliveries, residents, messenger, settings, links, events, clock);
        this.nodeId = settings.nodeId() == null || settings.nodeId().isBlank() ? defaultNodeId() : settings.nodeId();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        deliveries.ensureGroup();
        running = true;
        workers.clear();
        threads.clear();
        for (int i = 1; i <= settings.workers(); i++) {
            OutboxWorker worker = new OutboxWorker(deliveries, delivery, nodeId + "-" + i, settings);
            workers.add(worker);
            threads.add(thread(worker, "notice-" + nodeId + "-" + i));
        }
        threads.forEach(Thread::start);
        dueWork = scheduler.scheduleWithFixedDelay(this::queueDue, Duration.ofMillis(Math.max(10, settings.poll().toMillis())));
        log.info("Notice delivery started on node {} with {} workers, rate limit {}", nodeId, settings.workers(),
                settings.rateLimit() == 0 ? "off" : settings.rateLimit() + "/s");
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        if (dueWork != null) {
            dueWork.cancel(false);
        }
        workers.forEach(OutboxWorker::stop);
        long deadline = System.nanoTime() + settings.block().toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
        log.info("Notice delivery stopped on node {}", nodeId);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    String nodeId() {
        return nodeId;
    }

    /** True while some worker thread is still alive (tests kill them by making them throw an Error). */
    boolean anyWorkerAlive() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    /** One scheduler run: queue the notices now due, then move due retries back in batches of 500. */
    private void queueDue() {
        if (!running) {
            return;
        }
        try {
            long now = clock.millis();
            fanout.queueDue(now);
            while (deliveries.moveDueRetries(now, 500) == 500) {
                now = clock.millis();
            }
        } catch (RuntimeException e) {
            log.warn("Notice scheduler on {}: {}", nodeId, e.toString());
        }
    }

    private static Thread thread(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "node";
        }
        String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
        return (host + "-" + pid + "-" + UUID.randomUUID().toString().substring(0, 4)).replace('|', '_');
    }
}
