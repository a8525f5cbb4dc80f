package org.civicchat.dialog;

import org.civicchat.CivicChatApplication;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.civicchat.support.RoundTripCountingProxy;
import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis round trips one message costs, counted by a proxy between the app and a real redis-server (a
 * pipeline or a script is one round trip: the app waits once for it). On two shared cores every round trip
 * is two context switches and a wait, so these counts are a budget: a change that adds one fails here.
 * Background jobs are slowed to once an hour; each figure is the fewest of five messages' counts, because a
 * node's own once-a-second writes (dashboard counts) can land inside a message's window and only add to it.
 * Every message comes from a new resident, as in the load runs.
 */
class RedisRoundTripsTest {

    private static final int SAMPLES = 5;

    static TestRedis redis;
    static RoundTripCountingProxy proxy;
    static ConfigurableApplicationContext app;
    static PortalClient portal;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        proxy = new RoundTripCountingProxy(redis.port());
        app = new SpringApplicationBuilder(CivicChatApplication.class).run(
                "--server.port=0",
                "--civicchat.redis.url=redis://127.0.0.1:" + proxy.port(),
                "--civicchat.redis.data-dir=target/test-data/round-trips-" + java.util.UUID.randomUUID(),
                "--civicchat.admin.password=round-trips-password",
                "--civicchat.notice.workers=0",
                "--civicchat.notice.poll=1h",
                "--civicchat.volunteer.remind-every=0s",
                "--civicchat.ticket.jobs-every=1h",
                "--civicchat.ticket.media-every=1h",
                "--civicchat.ticket.routing-reload-every=1h",
                "--civicchat.ticket.reindex-every=1h",
                "--logging.level.org.civicchat=WARN");
        portal = new PortalClient(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        portal.ask("o-rt-warm-1", "垃圾分类分为哪几类？");
        portal.ask("o-rt-warm-2", "幸福路12号的路灯坏了");
    }

    @AfterAll
    static void stop() {
        app.close();
        proxy.close();
        redis.close();
    }

    @Test
    void aFaqQuestionCostsAtMostTwoRoundTrips() {
        String[] questions = {"垃圾分类分为哪几类？", "怎么报名当志愿者", "电动车可以进楼道充电吗", "文明养犬要注意什么",
                "公共场所可以吸烟吗"};
        long trips = fewest("FAQ question", i -> () -> portal.ask("o-rt-faq-" + i, questions[i]),
                reply -> assertThat(reply).isNotBlank().doesNotContain("抱歉，系统"));
        assertThat(trips).as("round trips of one FAQ question").isLessThanOrEqualTo(2);
    }

    @Test
    void aOneMessageComplaintWithAPlaceCostsAtMostFourRoundTrips() {
        String[] complaints = {"青年路88号的路灯坏了好几天了", "锦绣家园6号楼楼下垃圾桶满了没人清运",
                "人民公园北门有人占道摆摊", "建设路117号井盖松动了，很危险", "和平路菜市场门口人行道上停满了车"};
        long trips = fewest("one-message complaint", i -> () -> portal.ask("o-rt-complaint-" + i, complaints[i]),
                reply -> assertThat(reply).containsPattern("WM\\d{8}-\\d{4}"));
        assertThat(trips).as("round trips of one complaint that files a ticket").isLessThanOrEqualTo(4);
    }

    @Test
    void aRetryOfAnAnsweredMessageCostsOneRoundTrip() {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String xml = Messages.text("o-rt-retry-" + i, "垃圾分类分为哪几类？");
            String first = portal.replyText(portal.encrypted(xml));
            long before = proxy.roundTrips();
            String again = portal.replyText(portal.encrypted(xml));
            counts.add(proxy.roundTrips() - before);
            report("retry", proxy.trips(before));
            assertThat(first).isNotBlank();
            assertThat(again).isEqualTo(first);
        }
        System.out.println("round trips per retry: " + counts);
        assertThat(fewest(counts)).as("round trips of a retry that finds the reply").isEqualTo(1);
    }

    private long fewest(String what, IntFunction<Supplier<String>> send, Consumer<String> check) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            Supplier<String> message = send.apply(i);
            long before = proxy.roundTrips();
            String reply = message.get();
            counts.add(proxy.roundTrips() - before);
            report(what, proxy.trips(before));
            check.accept(reply);
        }
        System.out.println("round trips per " + what + ": " + counts);
        return fewest(counts);
    }

    private static void report(String what, List<String> trips) {
        System.out.println(what + ": " + trips.size() + " round trips " + trips);
    }

    private static long fewest(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).min().orElseThrow();
    }
}
