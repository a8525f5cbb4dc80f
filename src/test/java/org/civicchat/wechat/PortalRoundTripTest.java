package org.civicchat.wechat;

import org.civicchat.support.AppTest;
import org.civicchat.support.CompatibleMode;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicchat.support.PortalClient.APP_ID;
import static org.civicchat.support.PortalClient.TOKEN;

@AppTest
@CompatibleMode
class PortalRoundTripTest {

    @LocalServerPort
    int port;
    PortalClient portal;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
    }

    @Test
    void urlCheckEchoesEchostrWhenSignatureIsRight() {
        String ts = PortalClient.now();
        String sig = portal.spec().signature(TOKEN, ts, "n1");
        var r = portal.get("/wx/portal/" + APP_ID + "?signature=" + sig + "&timestamp=" + ts + "&nonce=n1&echostr=hello123");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("hello123");
    }

    @Test
    void urlCheckRefusesWrongSignature() {
        var r = portal.get("/wx/portal/" + APP_ID + "?signature=deadbeef&timestamp=1&nonce=n1&echostr=hello123");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("hello123");
    }

    @Test
    void urlCheckForUnknownAppIsNotFound() {
        var r = portal.get("/wx/portal/wx-someone-else?signature=x&timestamp=1&nonce=n&echostr=e");
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void plainTextMessageGetsPlainTextReplyAddressedToTheResident() {
        var r = portal.plain(Messages.text("o-plain-1", "你好"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<ToUserName><![CDATA[o-plain-1]]></ToUserName>").doesNotContain("<Encrypt>");
        assertThat(portal.replyText(r)).contains("您好");
    }

    @Test
    void encryptedMessageGetsEncryptedReplyThatDecryptsWithTheSpecAlgorithm() {
        var r = portal.encrypted(Messages.text("o-safe-1", "你好"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<Encrypt>").contains("<MsgSignature>").doesNotContain("您好");
        String inner = portal.spec().openReply(r.body());
        assertThat(inner).contains("<ToUserName><![CDATA[o-safe-1]]></ToUserName>").contains("您好");
    }

    @Test
    void subscribeEventIsWelcomedWithWhatTheAccountCanDo() {
        String reply = portal.replyText(portal.encrypted(Messages.event("o-sub-1", "subscribe", null)));
        assertThat(reply).contains("欢迎关注").contains("我的工单").contains("问卷");
    }

    @Test
    void unsubscribeEventIsAnsweredWithSuccess() {
        var r = portal.encrypted(Messages.event("o-unsub-1", "unsubscribe", null));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("success");
    }

    @Test
    void unsupportedKindGetsAPoliteReplyNotSilence() {
        String reply = portal.replyText(portal.encrypted(Messages.ofType("o-video-1", "video")));
        assertThat(reply).contains("抱歉");
    }

    @Test
    void emojiAndOddUnicodeAreAnsweredNormally() {
        String reply = portal.ask("o-emoji-1", "😀😀\u200b\u202e你好👋");
        assertThat(reply).isNotBlank();
    }
}
