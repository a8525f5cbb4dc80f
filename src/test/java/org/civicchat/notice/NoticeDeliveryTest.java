package org.civicchat.notice;

import org.civicchat.support.TestRedis;
import org.civicchat.support.WechatApiStub;
import org.civicchat.wechat.TestMessengers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against the local WeChat API stub, through WxJava's real HTTP client: exactly once under
 * injected failures and with several nodes, at least once (with bounded repeats) when a node dies mid-batch.
 */
class NoticeDeliveryTest {

    static TestRedis redisServer;
    static JedisPooled redis;
    static WechatApiStub stub;
    final List<NoticeTestNode> nodes = new ArrayList<>();

    @BeforeAll
    static void start() {
        redisServer = new TestRedis();
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(64);
        pool.setMaxIdle(64);
        redis = new JedisPooled(pool, "127.0.0.1", redisServer.port());
        stub = new WechatApiStub();
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @AfterAll
    static void stop() {
        Awaitility.reset();
        stub.close();
        redis.close();
        redisServer.close();
    }

    @BeforeEach
    void reset() {
        stub.clear();
        redis.flushAll();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(NoticeTestNode::close);
    }

    static NoticeSettings settings(String node, int workers) {
        return NoticeSettings.defaults()
                .withDelivery(workers, 20, 0, 10, Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofMillis(20), node)
                .withTemplates(Map.of("notice", "tpl-notice", "ticket-status", "tpl-ticket"));
    }

    NoticeTestNode node(OutboundMessenger messenger, NoticeSettings settings) {
        NoticeTestNode node = new NoticeTestNode(redis, messenger, settings);
        nodes.add(node);
        return node.start();
    }

    OutboundMessenger api() {
        return TestMessengers.api(stub.baseUrl(), redis);
    }

    static List<String> residents(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    static Map<String, Long> sendsPerResident() {
        return stub.sent().stream().collect(Collectors.groupingBy(WechatApiStub.Sent::openid, Collectors.counting()));
    }

    void awaitDone(NoticeTestNode node, String id, int seconds) {
        await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(50))
                .until(() -> "done".equals(node.status(id).status()));
    }

    @Test
    void tenThousandResidentsEachGetTheNoticeExactlyOnceWhileTheApiFailsOneCallInFive() {
        List<String> everyone = residents("o-ten-", 10_000);
        NoticeTestNode node = node(api(), settings("solo", 4));
        node.register(everyone);
        stub.failAtRandom(0.2, -1, 45011);

        String id = node.sendToAll("志愿活动", "本周六上午九点，社区志愿服务集合。");
        awaitDone(node, id, 25);

        Map<String, Long> perResident = sendsPerResident();
        assertThat(perResident).hasSize(10_000).containsOnlyKeys(everyone);
        assertThat(perResident.values()).allMatch(n -> n == 1);
        NoticeStatus status = node.status(id);
        assertThat(status.queued()).isEqualTo(10_000);
        assertThat(status.sent()).isEqualTo(10_000);
        assertThat(status.failed()).isZero();
        assertThat(status.retries()).isPositive();
        assertThat(node.events).containsExactly(new NoticeSent(id, 10_000, 0));
    }

    /** Fault drill 4: 30% of calls fail with -1, 45011 or 42001 (token expired under the senders' feet). */
    @Test
    void thirtyPercentFailuresWithExpiredTokensStillDeliverOnceAndRefreshOncePerExpiry() {
        List<String> everyone = residents("o-drill4-", 3_000);
        NoticeTestNode node = node(api(), settings("drill4", 4));
        node.register(everyone);
        int tokensBefore = stub.tokenRequests();
        int expiriesBefore = stub.expiries();
        stub.failAtRandom(0.3, -1, 45011, 42001);

        String id = node.sendToAll("光影秀", "本周五晚七点，广场光影秀准时开演。");
        awaitDone(node, id, 25);

        assertThat(sendsPerResident()).hasSize(3_000).allSatisfy((openid, n) -> assertThat(n).isEqualTo(1));
        int expiries = stub.expiries() - expiriesBefore;
        assertThat(expiries).isPositive();
        assertThat(stub.tokenRequests() - tokensBefore).isBetween(1, expiries + 1);
    }

    @Test
    void twoNodesSharingOneRedisSendEachResidentExactlyOnceAndBothDoWork() {
        List<String> everyone = residents("o-two-", 4_000);
        RecordingMessenger a = new RecordingMessenger(api());
        RecordingMessenger b = new RecordingMessenger(api());
        NoticeTestNode nodeA = node(a, settings("node-a", 3));
        node(b, settings("node-b", 3));
        nodeA.register(everyone);
        stub.failAtRandom(0.1, -1, 45011);

        String id = nodeA.sendToAll("测评提醒", "文明城市测评期间，请大家爱护公共环境。");
        awaitDone(nodeA, id, 25);

        assertThat(sendsPerResident()).hasSize(4_000).allSatisfy((openid, n) -> assertThat(n).isEqualTo(1));
        assertThat(a.accepted()).isPositive();
        assertThat(b.accepted()).isPositive();
        assertThat(a.accepted() + b.accepted()).isEqualTo(4_000);
        assertThat(nodeA.status(id).sent()).isEqualTo(4_000);
    }

    @Test
    void nodeKilledMidBatchIsTakenOverEveryoneGetsItAndRepeatsAreAtMostOnePerKilledWorker() {
        List<String> everyone = residents("o-kill-", 2_000);
        int killedWorkers = 2;
        NoticeSettings fastTakeover = NoticeSettings.defaults()
                .withDelivery(killedWorkers, 50, 0, 10, Duration.ofMillis(10), Duration.ofSeconds(1),
                        Duration.ofMillis(20), "doomed")
                .withTemplates(Map.of("notice", "tpl-notice"));
        RecordingMessenger doomed = new RecordingMessenger(api(), 300);
        NoticeTestNode nodeA = node(doomed, fastTakeover);
        nodeA.register(everyone);
        String id = nodeA.sendToAll("光影秀", "本周五晚七点，广场光影秀。");

        await().atMost(Duration.ofSeconds(10)).until(() -> !nodeA.anyWorkerAlive());
        nodeA.close();
        assertThat(nodeA.status(id).sent()).isLessThan(2_000);
        assertThat(doomed.diedAfterSending.get()).isEqualTo(killedWorkers);

        NoticeTestNode nodeB = node(api(), fastTakeover.withDelivery(2, 50, 0, 10, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofMillis(20), "rescuer"));
        awaitDone(nodeB, id, 20);

        Map<String, Long> perResident = sendsPerResident();
        assertThat(perResident).hasSize(2_000);
        long repeats = perResident.values().stream().mapToLong(n -> n - 1).sum();
        assertThat(repeats).isLessThanOrEqualTo(killedWorkers);
        NoticeStatus status = nodeB.status(id);
        assertThat(status.sent()).isEqualTo(2_000);
        assertThat(status.takeovers()).isEqualTo(repeats);
    }

    @Test
    void dailyQuotaSpentPausesTheNoticeUntilMidnightBeijingTime() {
        List<String> everyone = residents("o-quota-", 30);
        NoticeTestNode node = node(api(), settings("quota", 1));
        node.register(everyone);
        stub.failNext(45009);

        String id = node.sendToAll("社区服务", "本周日社区义诊。");
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            NoticeStatus s = node.status(id);
            return "paused".equals(s.status()) && redis.xpending(DeliveryStore.OUTBOX, DeliveryStore.GROUP).getTotal() == 0
                    && redis.zcard("cc:notice:{nt}:retry") == 30;
        });
        NoticeStatus paused = node.status(id);
        assertThat(paused.sent()).isZero();
        assertThat(paused.pausedReason()).contains("45009");
        assertThat(paused.pausedUntil()).isEqualTo(Delivery.nextQuotaReset(System.currentTimeMillis()));
        assertThat(stub.sent()).isEmpty();

        long now = System.currentTimeMillis();
        redis.hset(NoticeStore.noticeKey(id), "pausedUntil", Long.toString(now));
        redis.zrange("cc:notice:{nt}:retry", 0, -1).forEach(m -> redis.zadd("cc:notice:{nt}:retry", now, m));
        awaitDone(node, id, 10);
        assertThat(node.status(id).sent()).isEqualTo(30);
        assertThat(node.status(id).pausedReason()).isNull();
    }

    @Test
    void notFollowingMarksTheResidentInactiveWithoutRetryAndLaterNoticesSkipThem() {
        RecordingMessenger counting = new RecordingMessenger(api());
        NoticeTestNode node = node(counting, settings("unreachable", 1));
        stub.failNext(43004);

        String first = node.service().send(new NoticeRequest("通知", "社区通知。", null,
                Audience.openids(List.of("o-gone", "o-here")), null, null));
        awaitDone(node, first, 10);

        NoticeStatus status = node.status(first);
        assertThat(status.sent()).isEqualTo(1);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.failedByReason()).isEqualTo(Map.of("43004", 1L));
        assertThat(status.retries()).isZero();
        assertThat(counting.calls.get("o-gone").get()).isEqualTo(1);
        assertThat(node.resident("o-gone")).containsEntry("inactive", "43004");

        String second = node.service().send(new NoticeRequest("通知", "又一条。", null,
                Audience.openids(List.of("o-gone")), null, null));
        awaitDone(node, second, 10);
        assertThat(node.status(second).queued()).isZero();
        assertThat(counting.calls.get("o-gone").get()).isEqualTo(1);
    }

    @Test
    void rateLimitSharedByTwoNodesHoldsPerSecond() {
        List<String> everyone = residents("o-rate-", 250);
        RecordingMessenger a = new RecordingMessenger(api());
        RecordingMessenger b = new RecordingMessenger(api());
        NoticeSettings limited = settings("rate-a", 3).withDelivery(3, 20, 100, 10, Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofMillis(20), "rate-a");
        NoticeTestNode nodeA = node(a, limited);
        node(b, limited.withDelivery(3, 20, 100, 10, Duration.ofMillis(10), Duration.ofSeconds(5),
                Duration.ofMillis(20), "rate-b"));
        nodeA.register(everyone);

        String id = nodeA.sendToAll("限速", "限速测试。");
        awaitDone(nodeA, id, 10);

        List<Long> times = new ArrayList<>(a.sendTimes);
        times.addAll(b.sendTimes);
        Map<Long, Long> perSecond = times.stream().collect(Collectors.groupingBy(t -> t / 1000, Collectors.counting()));
        assertThat(perSecond.values()).allMatch(n -> n <= 100 + 6);
        long span = times.stream().mapToLong(Long::longValue).max().orElseThrow()
                - times.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(span).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void insideTheWindowFiveCustomerServiceMessagesThenTheTemplate() {
        NoticeTestNode node = node(api(), settings("window", 1));
        node.messaged("o-window");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = node.service().send(new NoticeRequest("第" + i + "条", "内容" + i, null,
                    Audience.openids(List.of("o-window")), null, null));
            awaitDone(node, id, 10);
            ids.add(id);
        }
        assertThat(stub.sent()).extracting(WechatApiStub.Sent::channel)
                .containsExactly("text", "text", "text", "text", "text", "template");
        assertThat(stub.sent().get(0).content()).isEqualTo("【第1条】\n内容1");
    }

    @Test
    void residentNoticeIsToldAtMostOncePerDedupKey() {
        NoticeTestNode node = node(api(), settings("single", 1));
        node.messaged("o-ticket");
        ResidentNotice resolved = new ResidentNotice("o-ticket", "ticket:WM1:resolved:o-ticket", "您的工单已办结。",
                "ticket-status", Map.of("keyword1", "WM1"), null);
        node.notifier().tell(resolved);
        node.notifier().tell(resolved);
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.sentCount() >= 1);
        node.notifier().tell(resolved);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> stub.sentCount() == 1);
        assertThat(stub.sent()).singleElement().satisfies(s -> {
            assertThat(s.channel()).isEqualTo("text");
            assertThat(s.content()).isEqualTo("您的工单已办结。");
        });
    }

    @Test
    void residentNoticeOutsideTheWindowGoesAsItsTemplate() {
        NoticeTestNode node = node(api(), settings("tpl", 1));
        node.notifier().tell(new ResidentNotice("o-quiet", "ticket:WM2:accepted:o-quiet", "您的工单已受理。",
                "ticket-status", Map.of("keyword1", "WM2"), "https://example.org/t/WM2"));
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.sentCount() == 1);
        assertThat(stub.sent()).singleElement().satisfies(s -> {
            assertThat(s.channel()).isEqualTo("template");
            assertThat(s.body()).contains("tpl-ticket").contains("WM2");
        });
    }

    @Test
    void residentNoticeWithNoWindowAndNoTemplateIsHeldUntilTheResidentsNextMessage() {
        NoticeTestNode node = node(api(), settings("held", 1).withTemplates(Map.of()));
        node.notifier().tell(new ResidentNotice("o-held", "ticket:WM3:resolved:o-held", "您的工单已办结，欢迎评价。",
                "ticket-status", Map.of(), null));
        await().atMost(Duration.ofSeconds(5)).until(() -> "h".equals(redis.hget(
                DeliveryStore.deliveryKey(redis.get("cc:notice:{nt}:dedup:ticket:WM3:resolved:o-held")), "o-held")));
        assertThat(stub.sent()).isEmpty();

        node.messaged("o-held");
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.sentCount() == 1);
        assertThat(stub.sent().get(0).content()).isEqualTo("您的工单已办结，欢迎评价。");
    }

    @Test
    void routineNoticesLeaveTheLastCustomerServiceMessagesOfTheWindowToWhatMatters() {
        NoticeTestNode node = node(api(), settings("prio", 1).withTemplates(Map.of()));
        node.messaged("o-prio");
        for (int i = 1; i <= 4; i++) {
            node.notifier().tell(new ResidentNotice("o-prio", "ticket:WM5:progress:o-prio:" + i, "进展" + i,
                    "ticket-status", Map.of(), null, ResidentNotice.Priority.LOW));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.sentCount() == 3);
        node.notifier().tell(new ResidentNotice("o-prio", "ticket:WM5:resolved:o-prio", "已办结，请评价。",
                "ticket-status", Map.of(), null, ResidentNotice.Priority.HIGH));
        node.notifier().tell(new ResidentNotice("o-prio", "ticket:WM6:rejected:o-prio", "不予受理：不属于受理范围。",
                "ticket-status", Map.of(), null, ResidentNotice.Priority.HIGH));
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.sentCount() == 5);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> stub.sentCount() == 5);
        assertThat(stub.sent()).extracting(s -> s.content())
                .containsExactly("进展1", "进展2", "进展3", "已办结，请评价。", "不予受理：不属于受理范围。");
    }

    @Test
    void heldNoticesGoOutWhatMattersFirstOnTheResidentsNextMessage() {
        NoticeTestNode node = node(api(), settings("held-prio", 1).withTemplates(Map.of()));
        node.notifier().tell(new ResidentNotice("o-hp", "ticket:WM7:progress:o-hp:1", "已受理 → 已派单。",
                "ticket-status", Map.of(), null, ResidentNotice.Priority.LOW));
        node.notifier().tell(new ResidentNotice("o-hp", "ticket:WM7:resolved:o-hp", "已办结，请回复1/2/3评价。",
                "ticket-status", Map.of(), null, ResidentNotice.Priority.HIGH));
        await().atMost(Duration.ofSeconds(5)).until(() -> redis.llen(ResidentStore.heldKey("o-hp")) == 2);
        node.messaged("o-hp");
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.sentCount() == 2);
        assertThat(stub.sent()).extracting(s -> s.content()).containsExactly("已办结，请回复1/2/3评价。", "已受理 → 已派单。");
    }

    @Test
    void optedOutResidentsAreLeftOutOfBroadcastsButTopicFollowersGetThem() {
        NoticeTestNode node = node(api(), settings("topics", 2));
        node.register(List.of("o-t1", "o-t2", "o-t3"));
        node.service().follow("o-t1", "志愿活动");
        node.service().follow("o-t2", "志愿活动");
        node.service().unfollowAll("o-t2");
        assertThat(node.service().following("o-t1")).containsExactly("志愿活动");
        assertThat(node.service().following("o-t2")).isEmpty();

        String topic = node.service().send(new NoticeRequest("志愿活动", "周六植树。", null, Audience.topic("志愿活动"),
                null, null));
        String all = node.sendToAll("全体", "全体通知。");
        awaitDone(node, topic, 10);
        awaitDone(node, all, 10);
        assertThat(node.status(topic).queued()).isEqualTo(1);
        assertThat(node.status(all).queued()).isEqualTo(2);
        assertThat(sendsPerResident()).isEqualTo(Map.of("o-t1", 2L, "o-t3", 1L));
    }

    @Test
    void scheduledNoticeWaitsForItsTime() {
        NoticeTestNode node = node(api(), settings("later", 1));
        node.register(List.of("o-later"));
        String id = node.service().send(new NoticeRequest("稍后", "稍后发送。", null, Audience.all(),
                java.time.Instant.now().plusMillis(800), null));
        assertThat(node.status(id).status()).isEqualTo("scheduled");
        awaitDone(node, id, 10);
        assertThat(stub.sentCount()).isEqualTo(1);
    }

}
