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
import redis.clients.jedis.JedisCluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cluster drills on real processes: three masters with a replica each ({@code redis-cli --cluster create
 * --cluster-replicas 1}) and two app nodes on {@code JedisCluster}. In order, since the last one kills the
 * master that holds the tickets: the topology is reported, a told number is on the replica, and a kill -9 of
 * that master under six residents filing through both nodes loses no told number (drills b and c).
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDrillTest {

    static final String TICKETS = "cc:ticket:{tk}:t:";

    @TempDir
    static Path root;
    static RedisProcesses.Cluster redis;
    static AppNode nodeA;
    static AppNode nodeB;

    @BeforeAll
    static void start() {
        redis = new RedisProcesses.Cluster(root);
        nodeA = AppNode.onCluster(redis);
        nodeB = AppNode.onCluster(redis);
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
    void healthNamesTheClusterTopology() {
        AdminClient.Response health = new AdminClient(nodeA.port()).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"topology\":\"cluster\"").containsPattern("\"nodes\":[1-9]");
    }

    @Test
    @Order(2)
    void faqAndComplaintsWorkOnTheCluster() {
        assertThat(nodeA.portal().ask("o-cluster-faq", FilingLoad.FAQ_QUESTION)).contains(FilingLoad.FAQ_MARK);
        String reply = nodeB.portal().ask("o-cluster-told", "文化路12号的路灯坏了，晚上很黑");
        Matcher m = FilingLoad.NUMBER.matcher(reply);
        assertThat(m.find()).as("reply %s carries a number", reply).isTrue();
        try (JedisCluster cluster = new JedisCluster(redis.nodes.get(0).address())) {
            assertThat(cluster.exists(TICKETS + m.group())).isTrue();
        }
    }

    /** Drills b and c: kill -9 of the master holding the ticket slot while six residents file through two nodes. */
    @Test
    @Order(3)
    void killingTheTicketMasterUnderLoadLosesNoToldNumberAndFilingResumesWithinSeconds() {
        RedisProcesses.Node victim = redis.masterOf(TICKETS + "x");
        try (FilingLoad load = new FilingLoad(List.of(nodeA.portal(), nodeB.portal()), 6, "cluster-kill")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.told().size() >= 30);
            int faqBefore = load.faqAnswered();
            load.mark();
            long killedAt = System.currentTimeMillis();
            victim.kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.firstToldAfterMark() > 0);
            long recovered = load.firstToldAfterMark() - killedAt;
            int toldAtRecovery = load.told().size();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.told().size() >= toldAtRecovery + 30);
            load.close();
            List<String> told = load.told();
            System.out.printf("cluster kill drill: told %d, refused %d, unanswered %d, faq answered %d, "
                            + "faq answered late %d, faq failures %d, kill -9 to first told complaint %d ms%n", told.size(), load.refused(),
                    load.unanswered(), load.faqAnswered(), load.faqDeferred(), load.faqFailures().size(), recovered);
            assertThat(load.faqFailures()).isEmpty();
            assertThat(load.faqAnswered()).isGreaterThan(faqBefore);
            assertThat(redis.masterOf(TICKETS + "x")).isNotSameAs(victim);
            RedisProcesses.Node alive = redis.nodes.stream().filter(RedisProcesses.Node::alive).findFirst().orElseThrow();
            try (JedisCluster cluster = new JedisCluster(alive.address())) {
                List<String> lost = told.stream().filter(n -> !cluster.exists(TICKETS + n)).toList();
                assertThat(lost).as("told numbers missing after the fail-over").isEmpty();
            }
            assertThat(recovered).isLessThan(15_000);
        }
    }
}
