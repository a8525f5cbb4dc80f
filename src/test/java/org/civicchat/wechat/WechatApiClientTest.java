package org.civicchat.wechat;

import org.civicchat.notice.OutboundMessenger;
import org.civicchat.shared.WechatApiError;
import me.chanjar.weixin.mp.api.WxMpService;
import org.civicchat.support.TestRedis;
import org.civicchat.support.WechatApiStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WxJava's real HTTP client against the local WeChat API stub, with the access token shared in Redis. */
class WechatApiClientTest {

    static TestRedis redis;
    static WechatApiStub stub;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        stub = new WechatApiStub();
    }

    @AfterAll
    static void stop() {
        stub.close();
        redis.close();
    }

    @BeforeEach
    void reset() {
        stub.clear();
        redis.client().flushAll();
    }

    private OutboundMessenger messenger() {
        return new WechatApiMessenger(service());
    }

    private WxMpService service() {
        return new WechatConfiguration().wxMpService(TestMessengers.stubSettings(stub.baseUrl(), "stub-secret"),
                redis.client());
    }

    @Test
    void customerServiceTextReachesTheApiThroughWxJava() {
        messenger().sendText("o-resident-1", "您的工单已受理");
        assertThat(stub.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.channel()).isEqualTo("text");
            assertThat(sent.openid()).isEqualTo("o-resident-1");
            assertThat(sent.content()).isEqualTo("您的工单已受理");
        });
    }

    @Test
    void templateMessageCarriesItsFields() {
        messenger().sendTemplate("o-resident-2", "tpl-status", Map.of("keyword1", "WM20261125-0001"), null);
        assertThat(stub.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.channel()).isEqualTo("template");
            assertThat(sent.body()).contains("tpl-status").contains("WM20261125-0001");
        });
    }

    @Test
    void accessTokenIsFetchedOnceAndSharedThroughRedisByEveryNode() {
        int before = stub.tokenRequests();
        OutboundMessenger nodeA = messenger();
        OutboundMessenger nodeB = messenger();
        nodeA.sendText("o-a", "一");
        nodeB.sendText("o-b", "二");
        assertThat(stub.tokenRequests() - before).isEqualTo(1);
        assertThat(redis.client().keys("cc:wechat*")).isNotEmpty();
    }

    @Test
    void concurrentSendersRefreshTheTokenOnlyOnce() {
        int before = stub.tokenRequests();
        OutboundMessenger messenger = messenger();
        IntStream.range(0, 12).mapToObj(i -> CompletableFuture.runAsync(() -> messenger.sendText("o-c" + i, "hi")))
                .toList().forEach(CompletableFuture::join);
        assertThat(stub.tokenRequests() - before).isEqualTo(1);
        assertThat(stub.sent()).hasSize(12);
    }

    @Test
    void expiredTokenIsRefreshedAndTheSendSucceeds() {
        OutboundMessenger messenger = messenger();
        messenger.sendText("o-d", "first");
        int before = stub.tokenRequests();
        stub.failNext(42001);
        messenger.sendText("o-d", "second");
        assertThat(stub.tokenRequests() - before).isEqualTo(1);
        assertThat(stub.sent()).extracting(WechatApiStub.Sent::content).containsExactly("first", "second");
    }

    @Test
    void outsideTheFortyEightHourWindowSurfacesAsNonRetryableError() {
        stub.failNext(45015);
        assertThatThrownBy(() -> messenger().sendText("o-e", "hi"))
                .isInstanceOfSatisfying(WechatApiError.class, e -> {
                    assertThat(e.code()).isEqualTo(45015);
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void notFollowingMarksTheResidentUnreachable() {
        stub.failNext(43004);
        assertThatThrownBy(() -> messenger().sendText("o-f", "hi"))
                .isInstanceOfSatisfying(WechatApiError.class, e -> assertThat(e.residentUnreachable()).isTrue());
    }

    @Test
    void tooFrequentIsRetryable() {
        stub.failNext(45011);
        assertThatThrownBy(() -> messenger().sendText("o-g", "hi"))
                .isInstanceOfSatisfying(WechatApiError.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void dailyQuotaSpentIsReportedWithItsCode() {
        stub.failNext(45009);
        assertThatThrownBy(() -> messenger().sendText("o-h", "hi"))
                .isInstanceOfSatisfying(WechatApiError.class, e -> assertThat(e.code()).isEqualTo(45009));
    }
}
