package org.civicchat.wechat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refuses to start with a real app secret ({@code WECHAT_SECRET}, production) while the token, the AES key or
 * the app id is one everybody knows: our sandbox defaults, or the sample values WeChat publishes with its
 * encryption guide (token "pamtest", key "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", app id
 * wxb11529c136998cb6). Anyone could sign and encrypt messages for such an account. With
 * {@code CIVICCHAT_ALLOW_SAMPLE_SECRETS=true} the app starts and logs the same finding as an error at every
 * start instead.
 */
@Component
class SampleSecrets {

    static final Set<String> TOKENS = Set.of("civicchat-sandbox-token", "pamtest");
    static final Set<String> AES_KEYS = Set.of("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
    static final Set<String> APP_IDS = Set.of("wx5c1v1cc4a75a0d00", "wxb11529c136998cb6");

    private static final Logger log = LoggerFactory.getLogger(SampleSecrets.class);

    SampleSecrets(WechatSettings settings) {
        List<String> found = found(settings);
        if (found.isEmpty()) {
            return;
        }
        String finding = "WECHAT_SECRET is set (production) but " + String.join(", ", found)
                + " is a published sample or sandbox value: anyone can forge messages for this account";
        if (settings.allowSampleSecrets()) {
            log.error("{}. Starting anyway because CIVICCHAT_ALLOW_SAMPLE_SECRETS=true.", finding);
            return;
        }
        log.error("{}. Refusing to start: configure the account's own values, or set "
                + "CIVICCHAT_ALLOW_SAMPLE_SECRETS=true for a test account.", finding);
        throw new SampleSecretsRefused(finding);
    }

    /** The names of the settings that hold a well-known value, when a real secret is set; else empty. */
    static List<String> found(WechatSettings settings) {
        List<String> found = new ArrayList<>();
        if (settings.sandbox()) {
            return found;
        }
        if (TOKENS.contains(settings.token())) {
            found.add("WECHAT_TOKEN");
        }
        if (AES_KEYS.contains(settings.aesKey())) {
            found.add("WECHAT_AES_KEY");
        }
        if (APP_IDS.contains(settings.appId())) {
            found.add("WECHAT_APP_ID");
        }
        return found;
    }

    static final class SampleSecretsRefused extends IllegalStateException {
        SampleSecretsRefused(String finding) {
            super(finding);
        }
    }
}
