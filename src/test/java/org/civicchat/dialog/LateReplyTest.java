package org.civicchat.dialog;

import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.NlpService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a deadline shorter than any handler, WeChat gets "success" at once and the reply reaches the resident
 * later through the customer-service path (the sandbox outbox here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "civicchat.redis.embedded-port=0",
        "civicchat.redis.data-dir=target/test-data/late",
        "civicchat.admin.password=test-admin-password",
        "civicchat.dialog.reply-deadline=300ms",
        "civicchat.wechat.encrypt-mode=compatible",
        "logging.level.org.civicchat=WARN"
})
class LateReplyTest {

    /** Messages containing SLOW block their handler until the test lets them go. */
    static final String SLOW = "慢慢说";
    static volatile CountDownLatch GATE = new CountDownLatch(1);

    @org.junit.jupiter.api.BeforeEach
    void closeTheGate() {
        GATE = new CountDownLatch(1);
    }

    @TestConfiguration
    static class SlowHandler {
        @Bean
        @Primary
        NlpService slowNlp() {
            return new NlpService() {
                @Override
                public Analysis analyze(String text) {
                    if (text.contains(SLOW)) {
                        try {
                            GATE.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return super.analyze(text);
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void replyThatMissesTheDeadlineIsAnsweredSuccessAndDeliveredThroughTheOutbox() {
        PortalClient portal = new PortalClient(port);
        String openid = "o-late-" + System.nanoTime();
        var response = portal.encrypted(Messages.text(openid, "你好，" + SLOW));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("success");
        assertThat(deliveries(openid)).isZero();
        GATE.countDown();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(redis.lrange("cc:wechat:sandbox-outbox", 0, 50))
                        .anySatisfy(entry -> assertThat(entry).startsWith(openid + "\u001ftext")));
    }

    @Test
    void retryOfALateMessageGetsSuccessAndNoSecondDelivery() {
        PortalClient portal = new PortalClient(port);
        String openid = "o-late2-" + System.nanoTime();
        String xml = Messages.text(openid, "你好，" + SLOW);
        assertThat(portal.plain(xml).body()).isEqualTo("success");
        GATE.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(openid) == 1);
        assertThat(portal.plain(xml).body()).isEqualTo("success");
        assertThat(deliveries(openid)).isEqualTo(1);
    }

    private long deliveries(String openid) {
        return redis.lrange("cc:wechat:sandbox-outbox", 0, 500).stream().filter(e -> e.startsWith(openid)).count();
    }
}
