package org.civicchat.dialog;

import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LongRepliesTest {

    static TestRedis redis;
    static SessionStore sessions;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        sessions = new SessionStore(redis.client());
    }

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void shortReplyIsUntouched() {
        Reply reply = Reply.text("您好。");
        assertThat(LongReplies.fit("o-1", reply, sessions)).isSameAs(reply);
    }

    @Test
    void longReplyIsCutAtASentenceEndUnderTheByteLimitWithAPointer() {
        String sentence = "创建文明典范城市需要每一位居民的参与。";
        String text = sentence.repeat(60);
        Reply first = LongReplies.fit("o-2", Reply.text(text), sessions);
        byte[] bytes = first.text().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(2048);
        assertThat(first.text()).endsWith(LongReplies.POINTER);
        assertThat(first.text().replace(LongReplies.POINTER, "")).endsWith("。");
    }

    @Test
    void moreShowsTheRestAndTogetherTheyAreTheWholeText() {
        String text = "第一句话很长很长。".repeat(120);
        Reply first = LongReplies.fit("o-3", Reply.text(text), sessions);
        Inbound more = Inbound.builder("o-3", MessageKind.TEXT).text("更多").build();
        var flow = sessions.openFlow("o-3").orElseThrow();
        Reply rest = LongReplies.continueFlow(more, flow, sessions).orElseThrow();
        assertThat(first.text().replace(LongReplies.POINTER, "") + rest.text()).isEqualTo(text);
        assertThat(sessions.openFlow("o-3")).isEmpty();
    }

    @Test
    void textWithoutSentenceEndsIsCutAtTheLastWholeCharacter() {
        String text = "😀".repeat(1000);
        int cut = LongReplies.cutPoint(text, 100);
        assertThat(cut).isEqualTo(50);
        assertThat(Character.isHighSurrogate(text.charAt(cut - 1))).isFalse();
    }
}
