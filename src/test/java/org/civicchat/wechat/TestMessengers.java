package org.civicchat.wechat;

import org.civicchat.notice.OutboundMessenger;
import org.civicchat.notice.WechatMass;
import org.civicchat.notice.WechatTags;
import me.chanjar.weixin.mp.api.impl.WxMpServiceHttpClientImpl;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;

/**
 * The production sender (WxJava's real HTTP client, token shared in Redis) pointed at a WeChat API stub,
 * for tests and benchmarks outside this package. WxJava's own retry of -1 keeps its one retry but sleeps
 * 5 ms instead of 200 ms, so large runs with injected failures stay fast.
 */
public final class TestMessengers {

    private TestMessengers() {
    }

    /** The sandbox app's settings with {@code secret} set (blank: sandbox) and the API at {@code apiBase}. */
    public static WechatSettings stubSettings(String apiBase, String secret) {
        return new WechatSettings("wx5c1v1cc4a75a0d00", secret, "t", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
                apiBase, Duration.ofMinutes(5), 65536, Duration.ofSeconds(4), null, false);
    }

    /** WeChat's tags and mass sends through WxJava's real HTTP client at {@code apiBase}. */
    @SuppressWarnings("unchecked")
    public static <A extends WechatTags & WechatMass> A audiences(String apiBase, UnifiedJedis redis) {
        WechatSettings settings = stubSettings(apiBase, "stub-secret");
        WxMpServiceHttpClientImpl wx = (WxMpServiceHttpClientImpl) new WechatConfiguration().wxMpService(settings, redis);
        wx.setRetrySleepMillis(5);
        return (A) new WechatAudienceClient(wx);
    }

    /** WeChat's mass sends alone, as another node would call them. */
    public static WechatMass mass(String apiBase, UnifiedJedis redis) {
        return TestMessengers.<WechatAudienceClient>audiences(apiBase, redis);
    }

    public static OutboundMessenger api(String apiBase, UnifiedJedis redis) {
        WechatSettings settings = stubSettings(apiBase, "stub-secret");
        WxMpServiceHttpClientImpl wx = (WxMpServiceHttpClientImpl) new WechatConfiguration().wxMpService(settings, redis);
        wx.setRetrySleepMillis(5);
        return new WechatApiMessenger(wx);
    }
}
