package org.civicchat.wechat;

import org.civicchat.support.WechatSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WeChat's published safe-mode sample values (token "pamtest", appid wxb11529c136998cb6) against our crypto. */
class SafeModeSampleTest {

    static final String TOKEN = "pamtest";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String APP_ID = "wxb11529c136998cb6";
    static final String TIMESTAMP = "1409304348";
    static final String NONCE = "xxxxxx";
    static final String SAMPLE_XML = "<xml><ToUserName><![CDATA[oia2TjjewbmiOUlr6X-1crbLOvLw]]></ToUserName>"
            + "<FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime>"
            + "<MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId>"
            + "<Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>";

    final WechatSpec spec = new WechatSpec(TOKEN, AES_KEY, APP_ID);
    final MessageCrypto crypto = new MessageCrypto(AES_KEY, APP_ID);

    @Test
    void sampleMessageEncryptedBySpecDecryptsWithOurCrypto() {
        String encrypt = spec.encrypt(SAMPLE_XML, "jcjdkfkldjfkdkfa".getBytes());
        assertThat(crypto.decrypt(encrypt)).isEqualTo(SAMPLE_XML);
    }

    @Test
    void ourEncryptionOpensWithTheSpecAlgorithm() {
        assertThat(spec.decrypt(crypto.encrypt(SAMPLE_XML))).isEqualTo(SAMPLE_XML);
    }

    @Test
    void sampleSignatureMatchesSpecSignature() {
        String encrypt = spec.encrypt(SAMPLE_XML);
        assertThat(WechatSignature.of(TOKEN, TIMESTAMP, NONCE, encrypt))
                .isEqualTo(spec.signature(TOKEN, TIMESTAMP, NONCE, encrypt));
        assertThat(WechatSignature.matches(spec.signature(TOKEN, TIMESTAMP, NONCE), TOKEN, TIMESTAMP, NONCE)).isTrue();
    }

    @Test
    void sampleUrlCheckSignatureIsTheKnownSha1() {
        // sha1 of "1409304348", "pamtest", "xxxxxx" sorted and joined, computed once outside the project
        // (python3 hashlib) and pinned here
        assertThat(WechatSignature.of(TOKEN, TIMESTAMP, NONCE)).isEqualTo("76480565cbe296026c53aaacd1ad523a1ddba24f");
        assertThat(WechatSignature.of(NONCE, TIMESTAMP, TOKEN)).isEqualTo("76480565cbe296026c53aaacd1ad523a1ddba24f");
    }

    @Test
    void messageForAnotherAppIdIsRejected() {
        String encrypt = new WechatSpec(TOKEN, AES_KEY, "wx0000000000000000").encrypt(SAMPLE_XML);
        assertThatThrownBy(() -> crypto.decrypt(encrypt)).isInstanceOf(MessageCrypto.BadCiphertext.class)
                .hasMessageContaining("another app id");
    }

    @Test
    void truncatedCiphertextIsRejected() {
        String encrypt = spec.encrypt(SAMPLE_XML);
        assertThatThrownBy(() -> crypto.decrypt(encrypt.substring(0, 40)))
                .isInstanceOf(MessageCrypto.BadCiphertext.class);
    }
}
