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
        assertThat(begin("o-fresh", "m:fresh", 5_000).go()).isTrue();
        ReplyStore.Begun retry = begin("o-fresh", "m:fresh", 5_000);
        assertThat(retry.go()).isFalse();
        assertThat(retry.finished()).isEmpty();
    }

    @Test
    void stalePendingAttemptIsTakenOverByExactlyOneRetry() {
        redis.client().setex("cc:dialog:msg:{o-stale}:m:stale", 300, "P:" + (System.currentTimeMillis() - 60_000));
        ReplyStore.Begun first = begin("o-stale", "m:stale", 5_000);
        assertThat(first.go()).isTrue();
        assertThat(first.takeover()).isTrue();
        assertThat(begin("o-stale", "m:stale", 5_000).go()).isFalse();
    }

    @Test
    void finishedAttemptIsNeverTakenOverAndItsRetryGetsTheReply() {
        Turn turn = new Turn("o-done", "m:done");
        assertThat(replies.begin(turn, 5_000, null).go()).isTrue();
        replies.end(turn, Reply.text("好的"), true);
        ReplyStore.Begun retry = begin("o-done", "m:done", 0);
        assertThat(retry.go()).isFalse();
        assertThat(retry.finished()).contains(Reply.text("好的"));
    }

    @Test
    void theEndScriptWritesTheSlotsTheHandlersChangedReleasesTheLockAndKeepsTheReplyElevenMinutes() {
        redis.client().hset("cc:dialog:session:{o-end}", java.util.Map.of("draft", "open", "last", "路灯"));
        Turn turn = new Turn("o-end", "m:end");
        assertThat(replies.begin(turn, 5_000, null).go()).isTrue();
        assertThat(turn.locked()).isTrue();
        assertThat(turn.slot("draft")).isEqualTo("open");
        turn.slot("draft", null);
        turn.slot("ticket", "filed:WM20261201-0001:1");
        replies.end(turn, Reply.text("已登记"), true);
        assertThat(redis.client().hgetAll("cc:dialog:session:{o-end}"))
                .isEqualTo(java.util.Map.of("last", "路灯", "ticket", "filed:WM20261201-0001:1"));
        assertThat(redis.client().exists("cc:dialog:session:{o-end}:lock")).isFalse();
        assertThat(redis.client().ttl("cc:dialog:msg:{o-end}:m:end")).isBetween(650L, 660L);
        assertThat(redis.client().ttl("cc:dialog:session:{o-end}")).isBetween(1790L, 1800L);
    }

    @Test
    void aSecondMessageOfTheSameResidentWaitsForTheLockAndThenSeesTheFirstOnesSlots() {
        Turn first = new Turn("o-two", "m:two-1");
        replies.begin(first, 5_000, null);
        Turn second = new Turn("o-two", "m:two-2");
        assertThat(replies.begin(second, 5_000, null).go()).isTrue();
        assertThat(second.locked()).isFalse();
        assertThat(replies.relock(second)).isFalse();
        first.slot("draft", "open");
        replies.end(first, Reply.text("请问具体在什么位置？"), true);
        assertThat(replies.relock(second)).isTrue();
        assertThat(second.slot("draft")).isEqualTo("open");
    }

    private static ReplyStore.Begun begin(String openid, String dedupKey, long staleMillis) {
        return replies.begin(new Turn(openid, dedupKey), staleMillis, null);
    }
}
