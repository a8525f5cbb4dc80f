package org.civicchat.dialog;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.civicchat.store.StoreUnavailable;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry of every message: runs it exactly once across WeChat's retries and every node, within the
 * passive-reply deadline. A retry waits (bounded) for the first attempt and gets its reply. A handler that
 * overruns the deadline answers WeChat "success" and its reply is delivered later through {@link LateReplies}.
 */
@Service
public class Conversation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    private static final long RETRY_POLL_MILLIS = 20;
    private static final long STALE_MARGIN_MILLIS = 1500;
    static final String SORRY = "抱歉，系统开了个小差，请稍后再发一次。";
    static final String BUSY = "现在咨询的人比较多，请稍等片刻再发一次，谢谢您的耐心。";
    /**
     * How long a message is remembered against retries and replays: WeChat's clock window is ±300 s, so a
     * message stamped 300 s ahead is still accepted 600 s after it first arrived; one more minute of margin.
     */
    public static final Duration RETRY_MEMORY = Duration.ofSeconds(660);

    private final ReplyStore replies;
    private final DialogRouter router;
    private final LateReplies lateReplies;
    private final Duration deadline;
    private final ThreadPoolExecutor handlers;
    private final Timer latency;
    private final MeterRegistry meters;

    public Conversation(ReplyStore replies, DialogRouter router, LateReplies lateReplies, DialogSettings settings,
                        MeterRegistry meters) {
        this.replies = replies;
        this.router = router;
        this.lateReplies = lateReplies;
        this.deadline = settings.replyDeadline();
        this.meters = meters;
        this.handlers = new ThreadPoolExecutor(settings.handlerThreads(), settings.handlerThreads(), 60,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.handlerQueue()), namedThreads());
        this.latency = Timer.builder("civicchat.reply.latency")
                .description("time from receiving a message to having its reply")
                .publishPercentileHistogram()
                .register(meters);
    }

    public Reply handle(Inbound message) {
        long started = System.nanoTime();
        try {
            return handleOnce(message);
        } finally {
            latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Reply handleOnce(Inbound message) {
        String key = message.dedupKey();
        boolean first;
        try {
            first = replies.claim(key);
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable: handling {} without retry de-duplication", key);
            return runWithDeadline(message, null);
        }
        if (!first) {
            meters.counter("civicchat.messages.retries").increment();
            if (takeOverIfStale(key)) {
                log.warn("Took over {} from an attempt that never finished (its node died?)", key);
                return runWithDeadline(message, key);
            }
            return awaitFirstAttempt(key);
        }
        return runWithDeadline(message, key);
    }

    private Reply runWithDeadline(Inbound message, String key) {
        CompletableFuture<Reply> work;
        try {
            work = CompletableFuture.supplyAsync(() -> router.route(message), handlers);
        } catch (RejectedExecutionException e) {
            releaseQuietly(key);
            return Reply.text(BUSY);
        }
        try {
            Reply reply = work.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            remember(key, reply);
            return reply;
        } catch (TimeoutException e) {
            deliverLate(message, key, work);
            return Reply.none();
        } catch (ExecutionException e) {
            log.error("Handler failed for a {} message", message.kind().id(), e.getCause());
            releaseQuietly(key);
            return Reply.text(SORRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            releaseQuietly(key);
            return Reply.none();
        }
    }

    private void deliverLate(Inbound message, String key, CompletableFuture<Reply> work) {
        meters.counter("civicchat.reply.late").increment();
        remember(key, Reply.none());
        work.whenComplete((reply, failure) -> {
            Reply late = failure == null ? reply : Reply.text(SORRY);
            if (!late.isEmpty()) {
                lateReplies.deliver(message.openid(), late);
            }
        });
    }

    private boolean takeOverIfStale(String key) {
        try {
            return replies.takeOverIfStale(key, deadline.toMillis() + STALE_MARGIN_MILLIS);
        } catch (StoreUnavailable e) {
            return false;
        }
    }

    private Reply awaitFirstAttempt(String key) {
        long until = System.nanoTime() + deadline.toNanos();
        try {
            while (System.nanoTime() < until) {
                var done = replies.finished(key);
                if (done.isPresent()) {
                    return done.get();
                }
                TimeUnit.MILLISECONDS.sleep(RETRY_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable while a retry waited for its first attempt");
        }
        return Reply.none();
    }

    private void remember(String key, Reply reply) {
        if (key == null) {
            return;
        }
        try {
            replies.complete(key, reply);
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable: reply to {} not remembered for retries", key);
        }
    }

    private void releaseQuietly(String key) {
        if (key == null) {
            return;
        }
        try {
            replies.release(key);
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable: could not release {}", key);
        }
    }

    private static java.util.concurrent.ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dialog-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        handlers.shutdown();
    }
}
