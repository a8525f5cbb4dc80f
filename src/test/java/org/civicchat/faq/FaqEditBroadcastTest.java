package org.civicchat.faq;

import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An edit saved on one node is answered by every node: Redis keeps it, pub/sub makes the others rebuild. */
class FaqEditBroadcastTest {

    static TestRedis redis;
    static FaqEditStore editsA;
    static FaqEditStore editsB;
    static FaqService nodeA;
    static FaqService nodeB;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        editsA = new FaqEditStore(redis.client());
        editsB = new FaqEditStore(redis.client());
        nodeA = new FaqService(FaqSettings.defaults(), null, null, editsA);
        nodeB = new FaqService(FaqSettings.defaults(), null, null, editsB);
    }

    @AfterAll
    static void stop() {
        editsA.close();
        editsB.close();
        redis.close();
    }

    @Test
    void entryAddedOnOneNodeIsAnsweredByTheOther() {
        FaqEntry entry = new FaqEntry("night-market-hours", "culture", "夜市几点开始营业", List.of("夜市开放时间"),
                "夜市每晚六点开始营业。", null, List.of());
        nodeA.save(entry);
        assertThat(nodeA.decide("夜市几点开始营业").entry()).isNotNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(nodeB.answerById("night-market-hours")).isPresent());
        FaqDecision onB = nodeB.decide("夜市几点开始营业");
        assertThat(onB.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(onB.entry().answer()).isEqualTo("夜市每晚六点开始营业。");
    }

    @Test
    void editSurvivesARestartOfTheNode() {
        nodeA.save(new FaqEntry("lost-and-found", "service", "捡到东西交到哪里", List.of(), "可以交到就近的社区服务中心。",
                null, List.of()));
        FaqEditStore fresh = new FaqEditStore(redis.client());
        try {
            FaqService restarted = new FaqService(FaqSettings.defaults(), null, null, fresh);
            assertThat(restarted.answerById("lost-and-found")).isPresent();
        } finally {
            fresh.close();
        }
    }

    @Test
    void answerOverTheLimitIsRefusedAndNotSaved() {
        FaqEntry tooLong = new FaqEntry("too-long", "service", "问题", List.of(), "长".repeat(301), null, List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> nodeA.save(tooLong))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(redis.client().hexists("cc:faq:edits", "too-long")).isFalse();
    }

    @Test
    void aQuestionTaughtAsAnAlternateIsAnsweredWithThatEntryOnEveryNode() {
        String asked = "家里的旧沙发想扔掉要找谁来拉";
        List<FaqCandidate> nearest = nodeA.nearest(asked, 3);
        assertThat(nearest).hasSize(3);
        assertThat(nearest).extracting(FaqCandidate::id).contains("garbage-bulky-waste");
        assertThat(nearest.get(0).score()).isGreaterThanOrEqualTo(nearest.get(1).score());

        FaqEntry taught = nodeA.addAlternate("garbage-bulky-waste", asked);

        assertThat(taught.alternates()).contains(asked);
        assertThat(nodeA.decide(asked).entry().id()).isEqualTo("garbage-bulky-waste");
        assertThat(nodeA.decide(asked).confidence()).isGreaterThan(0.9);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(nodeB.decide(asked).kind()).isEqualTo(FaqDecision.Kind.ANSWER));
    }

    @Test
    void teachingAnUnknownEntryOrABlankQuestionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> nodeA.addAlternate("no-such-entry", "问题"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> nodeA.addAlternate("garbage-bulky-waste", "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
