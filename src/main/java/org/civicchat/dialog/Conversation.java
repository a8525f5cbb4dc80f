package org.civicchat.dialog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.civicchat.notice.ResidentWindow;
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
    private final SessionStore sessions;
    private final DialogRouter router;
    private final LateReplies lateReplies;
    private final Duration deadline;
    private final ThreadPoolExecutor handlers;
    private final Timer latency;
    private final Counter retries;
    private final Counter late;

    public Conversation(ReplyStore replies, SessionStore sessions, DialogRouter router, LateReplies lateReplies,
                        DialogSettings settings, MeterRegistry meters) {
        this.replies = replies;
        this.sessions = sessions;
        this.router = router;
        this.lateReplies = lateReplies;
        this.deadline = settings.replyDeadline();
        this.retries = meters.counter("civicchat.messages.retries");
        this.late = meters.counter("civicchat.reply.late");
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

    /**
     * One round trip in: the begin script claims the message, takes the resident's lock and reads the session,
     * and a resident's message (not an event) records the notice window in the same pipeline.
     */
    private Reply handleOnce(Inbound message) {
        Turn turn = new Turn(message.openid(), message.dedupKey());
        ReplyStore.Begun begun;
        try {
            begun = replies.begin(turn, deadline.toMillis() + STALE_MARGIN_MILLIS,
                    message.kind() == MessageKind.EVENT ? null : ResidentWindow.messaged(message.openid(), message.createTime()));
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable: handling a {} message without retry de-duplication", message.kind().id());
            return runWithDeadline(message, null);
        }
        if (!begun.go()) {
            retries.increment();
            return begun.finished().orElseGet(() -> awaitFirstAttempt(turn));
        }
        if (begun.takeover()) {
            retries.increment();
            log.warn("Took over a {} message from an attempt that never finished (its node died?)", message.kind().id());
        }
        return runWithDeadline(message, turn);
    }

    private Reply runWithDeadline(Inbound message, Turn turn) {
        CompletableFuture<Reply> work;
        try {
            work = CompletableFuture.supplyAsync(() -> routeAndEnd(message, turn), handlers);
        } catch (RejectedExecutionException e) {
            endQuietly(turn, null, true);
            return Reply.text(BUSY);
        }
        try {
            return work.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (turn == null || turn.giveUp()) {
                deliverLate(message, turn, work);
                return Reply.none();
            }
            return work.join();
        } catch (ExecutionException e) {
            log.error("Handler failed for a {} message", message.kind().id(), e.getCause());
            return Reply.text(SORRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (turn != null && turn.giveUp()) {
                deliverLate(message, turn, work);
            }
            return Reply.none();
        }
    }

    /**
     * On the handler thread: routes the message with its turn bound, then ends the turn in one round trip (the
     * reply stored for retries unless the request thread gave up first, the session's changed slots written, the
     * lock released). A handler that fails releases the message (reply null), so WeChat's retry runs it again.
     */
    private Reply routeAndEnd(Inbound message, Turn turn) {
        if (turn == null) {
            return router.route(message, null);
        }
        sessions.bind(turn);
        Reply reply = null;
        try {
            reply = router.route(message, turn);
            return reply;
        } finally {
            sessions.unbind();
            endQuietly(turn, reply, turn.finishInTime());
        }
    }

    private void endQuietly(Turn turn, Reply reply, boolean storeReply) {
        if (turn == null) {
            return;
        }
        try {
            replies.end(turn, reply, storeReply);
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable: a message's reply and session change were not stored");
        }
    }

    private void deliverLate(Inbound message, Turn turn, CompletableFuture<Reply> work) {
        late.increment();
        if (turn != null) {
            try {
                replies.complete(turn, Reply.none());
            } catch (StoreUnavailable e) {
                log.warn("Redis unreachable: a late reply's retries are not answered \"success\"");
            }
        }
        work.whenComplete((reply, failure) -> {
            Reply later = failure == null ? reply : Reply.text(SORRY);
            if (!later.isEmpty()) {
                lateReplies.deliver(message.openid(), later);
            }
        });
    }

    private Reply awaitFirstAttempt(Turn turn) {
        long until = System.nanoTime() + deadline.toNanos();
        try {
            while (System.nanoTime() < until) {
                TimeUnit.MILLISECONDS.sleep(RETRY_POLL_MILLIS);
                var done = replies.finished(turn);
                if (done.isPresent()) {
                    return done.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreUnavailable e) {
            log.warn("Redis unreachable while a retry waited for its first attempt");
        }
        return Reply.none();
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
