package org.civicchat.wechat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The official account's credentials. The defaults are the documented sandbox: while {@code secret} is blank,
 * nothing is sent to WeChat and outbound messages land in the sandbox outbox.
 *
 * @param apiBase base URL of the WeChat API (tests point it at a local stub); blank means WeChat's own
 */
@ConfigurationProperties(prefix = "civicchat.wechat")
public record WechatSettings(@DefaultValue("wx5c1v1cc4a75a0d00") String appId,
                             String secret,
                             @DefaultValue("civicchat-sandbox-token") String token,
                             @DefaultValue("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG") String aesKey,
                             String apiBase,
                             @DefaultValue("300s") Duration maxClockSkew,
                             @DefaultValue("65536") int maxBodyBytes,
                             @DefaultValue("4s") Duration replyDeadline) {

    public WechatSettings {
        if (aesKey != null && !aesKey.isBlank() && aesKey.length() != 43) {
            throw new IllegalArgumentException("WECHAT_AES_KEY must be 43 characters, was " + aesKey.length());
        }
    }

    public boolean sandbox() {
        return secret == null || secret.isBlank();
    }
}
