package org.civicchat.wechat;

import org.civicchat.support.RedisKeys;
import org.civicchat.support.AppTest;
import org.civicchat.support.CompatibleMode;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
 * Each kind of bad input gets its status code and leaves Redis exactly as it was. In compatible mode, so both the
 * plain and the encrypted path are exposed; what safe mode refuses on top is in {@code EncryptModeTest}.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
@CompatibleMode
class PortalBadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;
    PortalClient portal;
    Set<String> keysBefore;

    @BeforeEach
    void snapshot() {
        portal = new PortalClient(port);
        keysBefore = keys();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(RedisKeys.addedSince(redis, keysBefore)).isEmpty();
    }

    private Set<String> keys() {
        return new TreeSet<>(redis.keys("*"));
    }

    @Test
    void forgedSignatureIsForbidden() {
        String ts = PortalClient.now();
        var r = portal.post(APP_ID, "signature=" + "0".repeat(40) + "&timestamp=" + ts + "&nonce=abc",
                Messages.text("o-bad-1", "你好").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void forgedMessageSignatureInSafeModeIsForbidden() {
        String ts = PortalClient.now();
        String encrypt = portal.spec().encrypt(Messages.text("o-bad-2", "你好"));
        String query = "signature=" + portal.spec().signature(TOKEN, ts, "n") + "&timestamp=" + ts
                + "&nonce=n&encrypt_type=aes&msg_signature=" + "1".repeat(40);
        var r = portal.post(APP_ID, query, PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void replayedMessageWithOldTimestampIsForbidden() {
        String old = Long.toString(System.currentTimeMillis() / 1000 - 600);
        String encrypt = portal.spec().encrypt(Messages.text("o-bad-3", "你好"));
        var r = portal.post(APP_ID, portal.query(old, "n", encrypt),
                PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void unknownAppIdIsNotFound() {
        String ts = PortalClient.now();
        var r = portal.post("wx-not-ours", "signature=" + portal.spec().signature(TOKEN, ts, "n") + "&timestamp=" + ts
                + "&nonce=n", Messages.text("o-bad-4", "你好").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void bodyOver64KilobytesIsRefused() {
        var r = portal.plain(Messages.text("o-bad-5", "很".repeat(30_000)));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void tenMegabyteBodyIsRefused() {
        String ts = PortalClient.now();
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        var r = portal.post(APP_ID, "signature=" + portal.spec().signature(TOKEN, ts, "n") + "&timestamp=" + ts
                + "&nonce=n", huge);
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void malformedXmlIsRefused() {
        var r = portal.plain("<xml><FromUserName>o-bad-6</FromUserName><MsgType>text");
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void billionLaughsDoctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>o-bad-7</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>text</MsgType><Content>&lol3;</Content><MsgId>1</MsgId></xml>";
        assertThat(portal.plain(xml).status()).isEqualTo(400);
    }

    @Test
    void externalEntityToLocalFileIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>gh</ToUserName><FromUserName>o-bad-8</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>2</MsgId></xml>";
        var r = portal.plain(xml);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("root:");
    }

    @Test
    void entityInsideEncryptedPayloadIsRefused() {
        String inner = "<!DOCTYPE x [<!ENTITY a \"b\">]><xml><FromUserName>o-bad-9</FromUserName>"
                + "<MsgType>text</MsgType><Content>&a;</Content><MsgId>3</MsgId></xml>";
        assertThat(portal.encrypted(inner).status()).isEqualTo(400);
    }

    @Test
    void invalidUtf8IsRefused() {
        String ts = PortalClient.now();
        byte[] head = "<xml><FromUserName>o-bad-10</FromUserName><MsgType>text</MsgType><Content>".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82};
        byte[] tail = "</Content><MsgId>4</MsgId></xml>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
        var r = portal.post(APP_ID, "signature=" + portal.spec().signature(TOKEN, ts, "n") + "&timestamp=" + ts
                + "&nonce=n", body);
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void ciphertextForAnotherAppIsRefused() {
        var other = new org.civicchat.support.WechatSpec(TOKEN, PortalClient.AES_KEY, "wx-another-app");
        String encrypt = other.encrypt(Messages.text("o-bad-11", "你好"));
        String ts = PortalClient.now();
        var r = portal.post(APP_ID, portal.query(ts, "n", encrypt),
                PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void garbageCiphertextIsRefused() {
        String encrypt = "bm90IGEgY2lwaGVydGV4dA==";
        String ts = PortalClient.now();
        var r = portal.post(APP_ID, portal.query(ts, "n", encrypt),
                PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void xmlNestedNineThousandDeepIsRefusedWithoutAStackTrace(CapturedOutput output) {
        String head = "<xml><FromUserName>o-bad-12</FromUserName><MsgType>text</MsgType>";
        var plain = portal.plain(head + "<a>".repeat(9000) + "</a>".repeat(9000) + "</xml>");
        var encrypted = portal.encrypted(head + "<a>".repeat(4000) + "</a>".repeat(4000) + "</xml>");
        for (var r : java.util.List.of(plain, encrypted)) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).isEqualTo("malformed message");
        }
        assertThat(output.getAll()).doesNotContain("StackOverflowError", "\tat ");
        assertThat(output.getAll().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(2000));
    }

    @Test
    void messageWithoutSenderIsRefused() {
        var r = portal.plain("<xml><MsgType>text</MsgType><Content>hi</Content></xml>");
        assertThat(r.status()).isEqualTo(400);
    }
}
