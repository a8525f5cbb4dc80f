package org.civicchat.wechat;

import org.civicchat.notice.OutboundMessenger;
import org.civicchat.shared.WechatApiError;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceHttpClientImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpRedisConfigImpl;
import org.civicchat.dialog.LateReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import redis.clients.jedis.UnifiedJedis;

/** WxJava wired to our settings, our Redis token cache, and the API base URL tests point at a stub. */
@Configuration(proxyBeanMethods = false)
class WechatConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WechatConfiguration.class);

    @Bean
    WxMpService wxMpService(WechatSettings settings, UnifiedJedis redis) {
        WxMpRedisConfigImpl config = new WxMpRedisConfigImpl(new AccessTokenStore(redis), "cc:wechat");
        config.setAppId(settings.appId());
        config.setSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setMaxRetryTimes(1);
        config.setRetrySleepMillis(200);
        if (settings.apiBase() != null && !settings.apiBase().isBlank()) {
            String base = settings.apiBase().replaceAll("/+$", "");
            config.setHostConfig(new WxMpHostConfig(base, base, base));
        }
        WxMpServiceHttpClientImpl service = new SharedTokenMpService();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }

    @Bean
    @Primary
    OutboundMessenger outboundMessenger(WechatSettings settings, WxMpService wx, UnifiedJedis redis) {
        if (settings.sandbox()) {
            log.info("WeChat: sandbox (no WECHAT_SECRET); outbound messages go to the sandbox outbox");
            return new SandboxOutboxStore(redis);
        }
        log.info("WeChat: app {} sending through the API at {}", settings.appId(),
                settings.apiBase() == null || settings.apiBase().isBlank() ? "api.weixin.qq.com" : settings.apiBase());
        return new WechatApiMessenger(wx);
    }

    @Bean
    SandboxOutboxStore sandboxOutbox(UnifiedJedis redis) {
        return new SandboxOutboxStore(redis);
    }

    @Bean
    LateReplies lateReplies(OutboundMessenger messenger) {
        return (openid, reply) -> {
            try {
                messenger.sendText(openid, reply.text());
            } catch (WechatApiError e) {
                log.warn("A late reply could not be delivered: {}", e.getMessage());
            }
        };
    }
}
