package org.civicchat.faq;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The unanswered-question counts against a real Redis, started once for the class on a free port. */
class UnansweredQuestionStoreTest {

    private static RedisServer server;
    private static UnifiedJedis redis;

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private UnansweredQuestionStore store;

    @BeforeAll
    static void startRedis() throws IOException {
        int port = freePort();
        server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        redis = new UnifiedJedis(new HostAndPort("127.0.0.1", port));
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (redis != null) {
            redis.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void emptyRedis() {
        redis.flushAll();
        store = new UnansweredQuestionStore(redis, clock);
    }

    @Test
    void countsRepeatedQuestionsAndKeepsTheLastTime() {
        store.record("公积金怎么提取？");
        clock.advance(Duration.ofMinutes(5));
        store.record("公积金怎么提取？");

        assertThat(store.top(10)).containsExactly(
                new UnansweredQuestion("公积金怎么提取?", 2, Instant.parse("2026-11-25T08:05:00Z")));
    }

    @Test
    void listsTheMostAskedFirstUpToTheLimit() {
        store.record("甲");
        store.record("乙");
        store.record("乙");
        store.record("丙");
        store.record("丙");
        store.record("丙");

        assertThat(store.top(2)).extracting(UnansweredQuestion::text, UnansweredQuestion::count)
                .containsExactly(tuple("丙", 3L), tuple("乙", 2L));
    }

    @Test
    void countsTheWaysOfTypingOneQuestionAsOne() {
        store.record("遛狗要拴繩嗎？");
        store.record("  遛狗要拴绳吗? 😀");

        assertThat(store.top(10)).extracting(UnansweredQuestion::count).containsExactly(2L);
    }

    @Test
    void masksPhoneAndIdCardNumbers() {
        store.record("我的电话13812345678，身份证11010519491231002X，怎么办");

        assertThat(store.top(1)).singleElement().extracting(UnansweredQuestion::text)
                .isEqualTo("我的电话138****5678,身份证110105********002x,怎么办");
    }

    @Test
    void writesOnlyKeysUnderTheFaqPrefix() {
        store.record("问题");

        assertThat(redis.keys("*")).containsExactlyInAnyOrder(UnansweredQuestionStore.COUNTS,
                UnansweredQuestionStore.LAST_ASKED).allSatisfy(key -> assertThat(key).startsWith("cc:faq:"));
    }

    @Test
    void theServiceRecordsRefusedAndClarifiedQuestionsButNotAnswers() {
        FaqService faq = new FaqService(FaqFixture.write(root), null, new UnansweredQuestionStore(redis, clock));

        assertThat(faq.decide("红烧肉怎么做才好吃？").kind()).isEqualTo(FaqDecision.Kind.REFUSE);
        assertThat(faq.decide("志愿者").kind()).isEqualTo(FaqDecision.Kind.CLARIFY);
        assertThat(faq.decide("遛狗要拴绳吗？").kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(faq.decide("红烧肉怎么做才好吃？").kind()).isEqualTo(FaqDecision.Kind.REFUSE);

        assertThat(faq.topUnanswered(10)).extracting(UnansweredQuestion::text, UnansweredQuestion::count)
                .containsExactly(tuple("红烧肉怎么做才好吃?", 2L),
                        tuple("志愿者", 1L));
    }

    @Test
    void theServiceStillAnswersWhenRedisIsDown() throws IOException {
        try (UnifiedJedis nowhere = new UnifiedJedis(new HostAndPort("127.0.0.1", freePort()))) {
            FaqService faq = new FaqService(FaqFixture.write(root), null, new UnansweredQuestionStore(nowhere, clock));

            FaqDecision first = faq.decide("红烧肉怎么做才好吃？");
            FaqDecision second = faq.decide("红烧肉怎么做才好吃？");

            assertThat(first.kind()).isEqualTo(FaqDecision.Kind.REFUSE);
            assertThat(faq.render(second)).contains("区文明办的工作人员");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
