package org.civicchat.wechat;

import me.chanjar.weixin.mp.api.WxMpService;
import org.civicchat.menu.MenuPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.UnifiedJedis;

/** The office's WeChat tools (menu, tags, mass sends): WxJava with an app secret, the sandbox without. */
@Configuration(proxyBeanMethods = false)
class WechatOfficeConfiguration {

    @Bean
    MenuPublisher menuPublisher(WechatSettings settings, WxMpService wx, UnifiedJedis redis, SandboxOutboxStore outbox) {
        return settings.sandbox() ? new SandboxMenuStore(redis, outbox) : new WechatMenuPublisher(wx);
    }

    @Bean
    WechatAudiences wechatAudiences(WechatSettings settings, WxMpService wx, UnifiedJedis redis,
                                    SandboxOutboxStore outbox) {
        return settings.sandbox() ? new SandboxAudienceStore(redis, outbox) : new WechatAudienceClient(wx);
    }
}
