package org.civicchat.wechat;

import org.civicchat.dialog.Conversation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The official account's credentials. The defaults are the documented sandbox: while {@code secret} is blank,
 * nothing is sent to WeChat and outbound messages land in the sandbox outbox.
 *
 * @param apiBase base URL of the WeChat API (tests point it at a local stub); blank means WeChat's own
 * @param maxClockSkew how far a request's timestamp may be from our clock; at most 300 s, so that the retry
 *                     de-duplication ({@link Conversation#RETRY_MEMORY}) outlives every accepted timestamp
 * @param encryptMode plain, compatible or safe; blank: safe when an AES key is set, else plain
 * @param allowSampleSecrets start even with a real app secret and a published sample token, key or app id
 *                           ({@link SampleSecrets}); for a staging account only
 */
@ConfigurationProperties(prefix = "civicchat.wechat")
public record WechatSettings(@DefaultValue("wx5c1v1cc4a75a0d00") String appId,
                             String secret,
                             @DefaultValue("civicchat-sandbox-token") String token,
                             @DefaultValue("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG") String aesKey,
                             String apiBase,
                             @DefaultValue("300s") Duration maxClockSkew,
                             @DefaultValue("65536") int maxBodyBytes,
                             @DefaultValue("4s") Duration replyDeadline,
                             String encryptMode,
                             boolean allowSampleSecrets) {

    public WechatSettings {
        if (aesKey != null && !aesKey.isBlank() && aesKey.length() != 43) {
            throw new IllegalArgumentException("WECHAT_AES_KEY must be 43 characters, was " + aesKey.length());
        }
        if (maxClockSkew.isNegative() || maxClockSkew.multipliedBy(2).plusSeconds(30)
                .compareTo(Conversation.RETRY_MEMORY) > 0) {
            throw new IllegalArgumentException("civicchat.wechat.max-clock-skew must be between 0 and "
                    + Conversation.RETRY_MEMORY.minusSeconds(30).dividedBy(2).toSeconds() + " s, was " + maxClockSkew);
        }
        EncryptMode.resolve(encryptMode, aesKey);
    }

    public boolean sandbox() {
        return secret == null || secret.isBlank();
    }

    public boolean hasAesKey() {
        return aesKey != null && !aesKey.isBlank();
    }

    public EncryptMode mode() {
        return EncryptMode.resolve(encryptMode, aesKey);
    }
}
