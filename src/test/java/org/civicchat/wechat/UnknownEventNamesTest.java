package org.civicchat.wechat;

import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Invented event names never become metric series or dashboard fields of their own: they all count as other. */
@AppTest
class UnknownEventNamesTest {

    private static final Set<String> KNOWN = Set.of("subscribe", "unsubscribe", "scan", "location", "click", "view",
            "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin",
            "location_select", "view_miniprogram", "templatesendjobfinish", "masssendjobfinish",
            "subscribe_msg_popup_event", "subscribe_msg_change_event", "subscribe_msg_sent_event", "other");

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void twoHundredInventedEventNamesAddOnlyTheOtherSeries() {
        PortalClient portal = new PortalClient(port);
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            String name = "evt" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            var r = portal.encrypted(Messages.event("o-events-" + i, name, null));
            assertThat(r.status()).isEqualTo(200);
        }
        portal.encrypted(Messages.event("o-events-sub", "SUBSCRIBE", null));

        String metrics = portal.get("/actuator/prometheus").body();
        Set<String> eventTags = new TreeSet<>();
        Matcher m = Pattern.compile("civicchat_messages_total\\{([^}]*)}").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("kind=\"event\"")) {
                Matcher intent = Pattern.compile("intent=\"([^\"]*)\"").matcher(m.group(1));
                assertThat(intent.find()).isTrue();
                eventTags.add(intent.group(1));
            }
        }
        assertThat(eventTags).contains("other", "subscribe").isSubsetOf(KNOWN);

        // the day's figures are written once a second, so the counts may land a moment after the replies
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Set<String> fields = new TreeSet<>();
            for (String key : redis.keys("cc:admin:figures:*")) {
                redis.hkeys(key).stream().filter(f -> f.startsWith("evt:")).forEach(fields::add);
            }
            assertThat(fields).contains("evt:other").allSatisfy(f -> assertThat(KNOWN).contains(f.substring(4)));
        });
    }
}
