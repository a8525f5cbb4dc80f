package org.civicchat.wechat;

import io.micrometer.core.instrument.MeterRegistry;
import org.civicchat.support.AppTest;
import org.civicchat.support.CompatibleMode;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
@CompatibleMode
class RetryDeduplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @Test
    void threeConcurrentRetriesRunTheHandlerOnceAndGetIdenticalReplies() throws Exception {
        PortalClient portal = new PortalClient(port);
        String xml = Messages.text("o-retry-1", "你好", Messages.nextId());
        double handledBefore = handledTexts();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<PortalClient.Response>> attempts = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return portal.plain(xml);
                })).toList();
        start.countDown();
        List<PortalClient.Response> responses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(PortalClient.Response::status).containsOnly(200);
        assertThat(responses).extracting(portal::replyText).containsOnly(portal.replyText(responses.get(0)));
        assertThat(portal.replyText(responses.get(0))).contains("您好");
        assertThat(handledTexts() - handledBefore).isEqualTo(1.0);
    }

    @Test
    void retryAfterTheFirstReplyGetsTheSameReplyWithoutRunningAgain() {
        PortalClient portal = new PortalClient(port);
        String xml = Messages.text("o-retry-2", "你好", Messages.nextId());
        double before = handledTexts();
        String first = portal.replyText(portal.plain(xml));
        String second = portal.replyText(portal.plain(xml));
        assertThat(second).isEqualTo(first).isNotBlank();
        assertThat(handledTexts() - before).isEqualTo(1.0);
    }

    private double handledTexts() {
        return meters.find("civicchat.messages").tag("kind", "text").counters().stream()
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
