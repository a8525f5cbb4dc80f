package org.civicchat.store;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppNode;
import org.civicchat.support.FilingLoad;
import org.civicchat.support.RedisProcesses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sentinel drills on real processes: a master, its replica and three Sentinels, and two app nodes following
 * them through {@code JedisSentineled}. In order, since the last one kills the master: the topology is
 * reported, a lagging replica turns a complaint into an honest "not saved" (drill d), and a kill -9 of the
 * master under six residents filing through both nodes loses no told number (drills a and c).
 */
@Tag("sentinel")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelDrillTest {

    private static final String NOT_SAVED = "抱歉，系统暂时无法保存您反映的问题";

    @TempDir
    static Path root;
    static RedisProcesses.Sentinel redis;
    static AppNode nodeA;
    static AppNode nodeB;

    @BeforeAll
    static void start() {
        redis = new RedisProcesses.Sentinel(root);
        nodeA = AppNode.onSentinel(redis);
        nodeB = AppNode.onSentinel(redis);
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(1)
    void healthNamesTheSentinelTopologyAndTheCurrentMaster() {
        AdminClient.Response health = new AdminClient(nodeA.port()).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"topology\":\"sentinel\"")
                .contains("\"master\":\"127.0.0.1:" + redis.master.port() + "\"");
    }

    @Test
    @Order(2)
    void aToldNumberIsOnTheReplicaTheMomentItIsTold() {
        String reply = nodeA.portal().ask("o-sentinel-told", "文化路12号的路灯坏了，晚上很黑");
        Matcher m = FilingLoad.NUMBER.matcher(reply);
        assertThat(m.find()).as("reply %s carries a number", reply).isTrue();
        try (Jedis replica = redis.replica.jedis()) {
            assertThat(replica.exists("cc:ticket:{tk}:t:" + m.group())).isTrue();
        }
    }

    /** Drill d: the replica is frozen (DEBUG SLEEP), so no replica can confirm; the resident hears "not saved". */
    @Test
    @Order(3)
    void whileTheReplicaLagsTheResidentIsToldNotSavedAndNeverANumber() {
        CompletableFuture<String> sleeping = CompletableFuture.supplyAsync(() -> {
            try (Jedis replica = new Jedis("127.0.0.1", redis.replica.port(), 10_000)) {
                return String.valueOf(replica.sendCommand(() -> "DEBUG".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "SLEEP", "4"));
            }
        });
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> true);
        String reply = nodeB.portal().ask("o-sentinel-lag", "建设路东段的井盖松动了，很危险");
        assertThat(reply).startsWith(NOT_SAVED);
        assertThat(FilingLoad.NUMBER.matcher(reply).find()).isFalse();
        sleeping.join();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(FilingLoad.NUMBER.matcher(
                nodeB.portal().ask("o-sentinel-lag-after", "和平路菜市场门口的垃圾桶满了，没人清运")).find()).isTrue());
    }

    /** Drills a and c: kill -9 of the master while six residents file through two nodes. */
    @Test
    @Order(4)
    void killingTheMasterUnderLoadLosesNoToldNumberAndFilingResumesWithinSeconds() throws Exception {
        try (FilingLoad load = new FilingLoad(List.of(nodeA.portal(), nodeB.portal()), 6, "sentinel-kill")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.told().size() >= 30);
            int faqBefore = load.faqAnswered();
            load.mark();
            long killedAt = System.currentTimeMillis();
            redis.master.kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.firstToldAfterMark() > 0);
            long recovered = load.firstToldAfterMark() - killedAt;
            int toldAtRecovery = load.told().size();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.told().size() >= toldAtRecovery + 30);
            load.close();
            List<String> told = load.told();
            System.out.printf("sentinel kill drill: told %d, refused %d, unanswered %d, faq answered %d, "
                            + "faq answered late %d, faq failures %d, kill -9 to first told complaint %d ms%n", told.size(), load.refused(),
                    load.unanswered(), load.faqAnswered(), load.faqDeferred(), load.faqFailures().size(), recovered);
            assertThat(load.faqFailures()).isEmpty();
            assertThat(load.faqAnswered()).isGreaterThan(faqBefore);
            assertThat(redis.currentMasterPort()).isEqualTo(redis.replica.port());
            try (Jedis master = redis.replica.jedis()) {
                List<String> lost = told.stream().filter(n -> !master.exists("cc:ticket:{tk}:t:" + n)).toList();
                assertThat(lost).as("told numbers missing after the fail-over").isEmpty();
            }
            assertThat(recovered).isLessThan(15_000);
        }
    }
}
