package org.civicchat.faq;

import org.civicchat.nlp.TextNormalizer;
import org.civicchat.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Counts the questions the FAQ refused or clarified, for the console, in Redis: a sorted set of question text by
 * count and a hash of the last time each was asked (epoch millis). Both keys share the hash tag
 * {@code {unanswered}} so they live on one Cluster node. Questions are normalised, personal data
 * masked ({@link PersonalData}), and cut to {@link #MAX_TEXT} characters; beyond {@link #MAX_QUESTIONS} the least asked are dropped.
 *
 * <p>Recording never fails the caller: when Redis is unreachable it logs a warning and skips recording for
 * {@link #BACKOFF}, so that a dead Redis does not add a connection time-out to every reply.
 */
final class UnansweredQuestionStore {

    static final String COUNTS = "cc:faq:{unanswered}:count";
    static final String LAST_ASKED = "cc:faq:{unanswered}:last";
    static final int MAX_TEXT = 200;
    static final int MAX_QUESTIONS = 10_000;
    static final Duration BACKOFF = Duration.ofSeconds(10);
    /** The size bound is checked every this many recordings. */
    private static final int TRIM_EVERY = 128;

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestionStore.class);

    private final UnifiedJedis redis;
    private final Clock clock;
    private final AtomicLong pausedUntil = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();

    UnansweredQuestionStore(UnifiedJedis redis, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one more asking of {@code question}; never throws. */
    void record(String question) {
        String text = keyText(question);
        if (text.isEmpty()) {
            return;
        }
        long now = clock.millis();
        if (now < pausedUntil.get()) {
            return;
        }
        try {
            redis.zincrby(COUNTS, 1, text);
            redis.hset(LAST_ASKED, text, Long.toString(now));
            if (recorded.incrementAndGet() % TRIM_EVERY == 0) {
                trim();
            }
        } catch (RuntimeException e) {
            pausedUntil.set(now + BACKOFF.toMillis());
            log.warn("cannot record an unanswered FAQ question in Redis; not recording for {}: {}", BACKOFF,
                    e.toString());
        }
    }

    /** The most asked questions, most first; throws when Redis is unreachable. */
    List<UnansweredQuestion> top(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        List<Tuple> counted = redis.zrevrangeWithScores(COUNTS, 0, limit - 1L);
        if (counted.isEmpty()) {
            return List.of();
        }
        String[] texts = counted.stream().map(Tuple::getElement).toArray(String[]::new);
        List<String> lastAsked = redis.hmget(LAST_ASKED, texts);
        List<UnansweredQuestion> questions = new ArrayList<>(counted.size());
        for (int i = 0; i < counted.size(); i++) {
            String millis = lastAsked.get(i);
            Instant last = millis == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(millis));
            questions.add(new UnansweredQuestion(texts[i], (long) counted.get(i).getScore(), last));
        }
        return questions;
    }

    private void trim() {
        long excess = redis.zcard(COUNTS) - MAX_QUESTIONS;
        if (excess <= 0) {
            return;
        }
        List<String> least = redis.zrange(COUNTS, 0, excess - 1);
        if (!least.isEmpty()) {
            String[] texts = least.toArray(String[]::new);
            redis.zrem(COUNTS, texts);
            redis.hdel(LAST_ASKED, texts);
        }
    }

    /** The form a question is counted under: normalised, personal numbers masked, cut to {@link #MAX_TEXT}. */
    static String keyText(String question) {
        String text = TextNormalizer.normalize(question);
        text = PersonalData.mask(text);
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
