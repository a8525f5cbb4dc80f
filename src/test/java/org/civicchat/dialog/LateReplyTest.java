package org.civicchat.dialog;

import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;

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
        "civicchat.dialog.reply-deadline=1ms",
        "logging.level.org.civicchat=WARN"
})
class LateReplyTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void replyThatMissesTheDeadlineIsAnsweredSuccessAndDeliveredThroughTheOutbox() {
        PortalClient portal = new PortalClient(port);
        String openid = "o-late-" + System.nanoTime();
        var response = portal.encrypted(Messages.event(openid, "subscribe", null));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("success");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(redis.lrange("cc:wechat:sandbox-outbox", 0, 50))
                        .anySatisfy(entry -> assertThat(entry).startsWith(openid).contains("欢迎关注")));
    }

    @Test
    void retryOfALateMessageGetsSuccessAndNoSecondDelivery() {
        PortalClient portal = new PortalClient(port);
        String openid = "o-late2-" + System.nanoTime();
        String xml = Messages.text(openid, "你好");
        assertThat(portal.plain(xml).body()).isEqualTo("success");
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(openid) == 1);
        assertThat(portal.plain(xml).body()).isEqualTo("success");
        assertThat(deliveries(openid)).isEqualTo(1);
    }

    private long deliveries(String openid) {
        return redis.lrange("cc:wechat:sandbox-outbox", 0, 500).stream().filter(e -> e.startsWith(openid)).count();
    }
}
