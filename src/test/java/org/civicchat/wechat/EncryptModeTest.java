package org.civicchat.wechat;

import org.civicchat.support.RedisKeys;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicchat.support.PortalClient.APP_ID;
import static org.civicchat.support.PortalClient.TOKEN;

/**
 * With an AES key configured and no WECHAT_ENCRYPT_MODE, the portal is in safe mode: a plain body, an Encrypt
 * element without its msg_signature, a body that merely looks encrypted are refused (403) and change nothing.
 */
@AppTest
class EncryptModeTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;
    PortalClient portal;
    Set<String> keysBefore;

    @BeforeEach
    void snapshot() {
        portal = new PortalClient(port);
        keysBefore = new TreeSet<>(redis.keys("*"));
    }

    private void assertNothingWritten() {
        assertThat(RedisKeys.addedSince(redis, keysBefore)).isEmpty();
    }

    @Test
    void aPlainMessageIsForbiddenInSafeMode() {
        var r = portal.plain(Messages.text("o-mode-1", "我的工单"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("工单");
        assertNothingWritten();
    }

    @Test
    void anEncryptedMessageWithoutMsgSignatureIsForbidden() {
        String ts = PortalClient.now();
        String encrypt = portal.spec().encrypt(Messages.text("o-mode-2", "你好"));
        var r = portal.post(APP_ID, "signature=" + portal.spec().signature(TOKEN, ts, "n") + "&timestamp=" + ts
                + "&nonce=n&encrypt_type=aes", PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
        assertNothingWritten();
    }

    @Test
    void plainFieldsUnderEncryptTypeAesWithoutEncryptAreForbidden() {
        String ts = PortalClient.now();
        var r = portal.post(APP_ID, "signature=" + portal.spec().signature(TOKEN, ts, "n") + "&timestamp=" + ts
                        + "&nonce=n&encrypt_type=aes&msg_signature=" + portal.spec().signature(TOKEN, ts, "n", ""),
                Messages.text("o-mode-3", "你好").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
        assertNothingWritten();
    }

    @Test
    void xmlNestedNineThousandDeepIs400BeforeTheModeIsEvenLookedAt() {
        var r = portal.plain("<xml><FromUserName>o-mode-5</FromUserName>" + "<a>".repeat(9000) + "</a>".repeat(9000)
                + "</xml>");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("malformed message");
        assertNothingWritten();
    }

    @Test
    void anEncryptedMessageIsAnsweredEncrypted() {
        var r = portal.encrypted(Messages.text("o-mode-4", "你好"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<Encrypt>").doesNotContain("您好");
        assertThat(portal.replyText(r)).contains("您好");
    }
}
