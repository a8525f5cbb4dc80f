package org.civicchat.wechat;

import org.civicchat.CivicChatApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleSecretsTest {

    static final String OWN_KEY = "Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1rZXktMTI";

    @ParameterizedTest(name = "secret {0}, app {1}, token {2}, key {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null       | wx5c1v1cc4a75a0d00 | civicchat-sandbox-token | sample | ''
            prod-secret| wxd0c1e5a1b2c3d4e5 | own-token-7f3a         | own    | ''
            prod-secret| wxd0c1e5a1b2c3d4e5 | pamtest                | own    | WECHAT_TOKEN
            prod-secret| wxd0c1e5a1b2c3d4e5 | civicchat-sandbox-token| own    | WECHAT_TOKEN
            prod-secret| wxd0c1e5a1b2c3d4e5 | own-token-7f3a         | sample | WECHAT_AES_KEY
            prod-secret| wxb11529c136998cb6 | own-token-7f3a         | own    | WECHAT_APP_ID
            prod-secret| wx5c1v1cc4a75a0d00 | civicchat-sandbox-token| sample | WECHAT_TOKEN,WECHAT_AES_KEY,WECHAT_APP_ID
            """)
    void findsPublishedSampleValuesOnlyWhenARealSecretIsSet(String secret, String appId, String token, String key,
                                                           String expected) {
        WechatSettings settings = settings(secret, appId, token, key, false);
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertThat(SampleSecrets.found(settings)).containsExactlyElementsOf(want);
    }

    @Test
    void productionWithTheSampleKeyRefusesToStartUnlessAllowed() {
        assertThatThrownBy(() -> new SampleSecrets(settings("prod-secret", "wxd0c1e5a1b2c3d4e5", "own-token-7f3a",
                "sample", false))).isInstanceOf(SampleSecrets.SampleSecretsRefused.class)
                .hasMessageContaining("WECHAT_AES_KEY").hasMessageContaining("published sample");
        assertThatCode(() -> new SampleSecrets(settings("prod-secret", "wxd0c1e5a1b2c3d4e5", "own-token-7f3a",
                "sample", true))).doesNotThrowAnyException();
    }

    @Test
    void theAppDoesNotStartWithASecretAndTheSandboxToken() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CivicChatApplication.class).run(
                "--server.port=0",
                "--civicchat.redis.embedded-port=0",
                "--civicchat.redis.data-dir=target/test-data/sample-secrets",
                "--civicchat.admin.password=sample-secrets-test",
                "--civicchat.wechat.secret=prod-secret",
                "--civicchat.wechat.app-id=wxd0c1e5a1b2c3d4e5",
                "--civicchat.wechat.api-base=http://127.0.0.1:9",
                "--logging.level.org.civicchat=OFF"))
                .rootCause().isInstanceOf(SampleSecrets.SampleSecretsRefused.class)
                .hasMessageContaining("WECHAT_TOKEN").hasMessageContaining("WECHAT_AES_KEY");
    }

    static WechatSettings settings(String secret, String appId, String token, String key, boolean allow) {
        String aesKey = "sample".equals(key) ? "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" : OWN_KEY;
        return new WechatSettings(appId, secret, token, aesKey, "http://127.0.0.1:9", Duration.ofMinutes(5), 65536,
                Duration.ofSeconds(4), null, allow);
    }
}
