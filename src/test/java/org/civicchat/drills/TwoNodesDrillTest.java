package org.civicchat.drills;

import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.CivicChatApplication;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault drill 3: two app nodes share one Redis behind a round robin; WeChat's retries of a message land on
 * either node. The message is handled once, every attempt gets the same reply, and a complaint files one ticket.
 */
class TwoNodesDrillTest {

    static TestRedis redis;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static PortalClient portalA;
    static PortalClient portalB;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        nodeA = node();
        nodeB = node();
        portalA = new PortalClient(port(nodeA));
        portalB = new PortalClient(port(nodeB));
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
        redis.close();
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(CivicChatApplication.class).run(
                "--server.port=0",
                "--civicchat.redis.url=redis://127.0.0.1:" + redis.port(),
                "--civicchat.admin.password=two-nodes-drill",
                "--civicchat.wechat.encrypt-mode=compatible",
                "--logging.level.org.civicchat=WARN");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void retriesSpreadOverBothNodesRunTheHandlerOnceWithOneReply() throws Exception {
        String xml = Messages.text("o-two-nodes-1", "垃圾分类分为哪几类？");
        double before = handled(nodeA) + handled(nodeB);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<PortalClient.Response>> attempts = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return (i % 2 == 0 ? portalA : portalB).plain(xml);
                })).toList();
        go.countDown();
        List<String> replies = attempts.stream().map(CompletableFuture::join).map(portalA::replyText).toList();
        assertThat(replies).containsOnly(replies.get(0));
        assertThat(replies.get(0)).isNotBlank();
        assertThat(handled(nodeA) + handled(nodeB) - before).isEqualTo(1.0);
    }

    @Test
    void complaintRetriedOnTheOtherNodeFilesOneTicket() {
        String xml = Messages.text("o-two-nodes-2", "青年路66号的井盖松动了，车一过就响，很危险");
        String first = portalA.replyText(portalA.encrypted(xml));
        String retry = portalB.replyText(portalB.encrypted(xml));
        Matcher number = Pattern.compile("WM\\d{8}-\\d{4}").matcher(first);
        assertThat(number.find()).as("first reply carries a ticket number: %s", first).isTrue();
        assertThat(retry).isEqualTo(first);
        assertThat(redis.client().keys("cc:ticket:{tk}:t:*")).filteredOn(k -> k.endsWith(number.group())).hasSize(1);
    }

    private static double handled(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find("civicchat.messages").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
