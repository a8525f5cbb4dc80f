package org.civicchat.dialog;

import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A retry of a message whose first node died mid-message is handled, once, instead of answered silently. */
class CrashedAttemptTakeOverTest {

    static TestRedis redis;
    static ReplyStore replies;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        replies = new ReplyStore(redis.client());
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void freshPendingAttemptIsNotTakenOver() {
        assertThat(replies.claim("m:fresh")).isTrue();
        assertThat(replies.takeOverIfStale("m:fresh", 5_000)).isFalse();
    }

    @Test
    void stalePendingAttemptIsTakenOverByExactlyOneRetry() {
        redis.client().setex("cc:dialog:msg:m:stale", 300, "P:" + (System.currentTimeMillis() - 60_000));
        assertThat(replies.takeOverIfStale("m:stale", 5_000)).isTrue();
        assertThat(replies.takeOverIfStale("m:stale", 5_000)).isFalse();
    }

    @Test
    void finishedAttemptIsNeverTakenOver() {
        assertThat(replies.claim("m:done")).isTrue();
        replies.complete("m:done", Reply.text("好的"));
        assertThat(replies.takeOverIfStale("m:done", 0)).isFalse();
        assertThat(replies.finished("m:done")).contains(Reply.text("好的"));
    }
}
