package org.civicchat.wechat;

import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import redis.clients.jedis.UnifiedJedis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A byte-identical encrypted request replayed while its timestamp is still inside the ±300 s window is never
 * handled twice. Time is moved by hand: the portal's clock, and Redis's key lifetimes by the same amount.
 */
@AppTest
@TestPropertySource(properties = "civicchat.redis.data-dir=target/test-data/replay")
class ReplayWindowTest {

    static final ManualClock CLOCK = new ManualClock();

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        @Primary
        PortalClock handMovedPortalClock() {
            return new PortalClock(CLOCK);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;
    @Autowired
    MeterRegistry meters;

    @Test
    void aReplay306SecondsLaterOfAMessageStamped290SecondsAheadIsNotHandledAgain() {
        PortalClient portal = new PortalClient(port);
        String ts = Long.toString(CLOCK.instant().getEpochSecond() + 290);
        String nonce = PortalClient.nonce();
        String encrypt = portal.spec().encrypt(Messages.text("o-replay-1", "你好", Messages.nextId()));
        String query = portal.query(ts, nonce, encrypt);
        byte[] body = PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8);
        double before = handledTexts();

        var first = portal.post(PortalClient.APP_ID, query, body);
        assertThat(first.status()).isEqualTo(200);
        passTime(Duration.ofSeconds(306));
        var replay = portal.post(PortalClient.APP_ID, query, body);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(portal.replyText(replay)).isEqualTo(portal.replyText(first));
        assertThat(handledTexts() - before).isEqualTo(1.0);
    }

    @Test
    void theSameRequestOutsideTheWindowIsForbidden() {
        PortalClient portal = new PortalClient(port);
        String ts = Long.toString(CLOCK.instant().getEpochSecond() - 290);
        String encrypt = portal.spec().encrypt(Messages.text("o-replay-2", "你好", Messages.nextId()));
        String query = portal.query(ts, "n2", encrypt);
        byte[] body = PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8);

        assertThat(portal.post(PortalClient.APP_ID, query, body).status()).isEqualTo(200);
        passTime(Duration.ofSeconds(11));
        assertThat(portal.post(PortalClient.APP_ID, query, body).status()).isEqualTo(403);
    }

    /** Moves the portal's clock and ages every de-duplication key in Redis by the same amount. */
    private void passTime(Duration d) {
        CLOCK.advance(d);
        for (String key : redis.keys("cc:dialog:msg:*")) {
            long left = redis.pttl(key);
            if (left > 0 && left <= d.toMillis()) {
                redis.del(key);
            } else if (left > 0) {
                redis.pexpire(key, left - d.toMillis());
            }
        }
    }

    private double handledTexts() {
        return meters.find("civicchat.messages").tag("kind", "text").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    static final class ManualClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
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
