package org.civicchat.wechat;

import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our safe-mode crypto and signature against literal vectors published by WeChat in its message-encryption sample
 * code (WXBizMsgCryptTest: testAesEncrypt, testVerifyUrl), and against WxJava's {@code WxMpCryptUtil} both ways.
 * The expected strings are copied from WeChat's samples, not computed here.
 */
class PublishedVectorsTest {

    private static final String SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String SAMPLE_APP_ID = "wxb11529c136998cb6";
    private static final String SAMPLE_TOKEN = "pamtest";
    private static final byte[] SAMPLE_RANDOM = "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII);
    private static final String SAMPLE_TEXT = "我是中文abcd123";
    private static final String SAMPLE_CIPHER =
            "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    private final MessageCrypto sample = new MessageCrypto(SAMPLE_KEY, SAMPLE_APP_ID);

    @Test
    void encryptsWechatsSampleTextToItsPublishedCiphertext() {
        assertThat(sample.encrypt(SAMPLE_TEXT, SAMPLE_RANDOM)).isEqualTo(SAMPLE_CIPHER);
    }

    @Test
    void decryptsWechatsPublishedCiphertext() {
        assertThat(sample.decrypt(SAMPLE_CIPHER)).isEqualTo(SAMPLE_TEXT);
    }

    @Test
    void refusesThePublishedCiphertextUnderAnotherAppId() {
        MessageCrypto other = new MessageCrypto(SAMPLE_KEY, "wx5823bf96d3bd56c7");
        assertThatThrownBy(() -> other.decrypt(SAMPLE_CIPHER))
                .isInstanceOf(MessageCrypto.BadCiphertext.class)
                .hasMessageContaining("another app id");
    }

    @Test
    void signsWechatsUrlCheckVectorAsPublished() {
        // WeChat's testVerifyUrl: token QDG6eK, timestamp 1409659589, nonce 263014780 and this echostr
        String echostr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        assertThat(WechatSignature.of("QDG6eK", "1409659589", "263014780", echostr))
                .isEqualTo("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3");
        assertThat(WechatSignature.matches("5C45FF5E21C57E6AD56BAC8758B79B1D9AC89FD3",
                "QDG6eK", "1409659589", "263014780", echostr)).isTrue();
        assertThat(WechatSignature.matches("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4",
                "QDG6eK", "1409659589", "263014780", echostr)).isFalse();
    }

    @Test
    void wxJavaOpensWhatWeEncrypt() {
        String text = "<xml><Content><![CDATA[幸福路18号的路灯不亮]]></Content></xml>";
        assertThat(wxJava().decrypt(sample.encrypt(text))).isEqualTo(text);
    }

    @Test
    void weOpenWhatWxJavaEncrypts() {
        String text = "<xml><Content><![CDATA[垃圾分类有哪几类？]]></Content></xml>";
        assertThat(sample.decrypt(wxJava().encrypt("bbbbccccddddeeee", text))).isEqualTo(text);
    }

    private static WxMpCryptUtil wxJava() {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(SAMPLE_APP_ID);
        config.setToken(SAMPLE_TOKEN);
        config.setAesKey(SAMPLE_KEY);
        return new WxMpCryptUtil(config);
    }
}
