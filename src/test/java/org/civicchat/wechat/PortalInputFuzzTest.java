package org.civicchat.wechat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes what the portal does with untrusted bytes before any handler runs: the XML parser, the AES
 * decryption and the signature check. Each may refuse, but only with its own typed exception, never with
 * anything else (no NullPointerException, no out-of-memory, no entity expansion). Runs its seed corpus in
 * the normal test run; set JAZZER_FUZZ=1 to fuzz for real.
 */
class PortalInputFuzzTest {

    private static final MessageCrypto CRYPTO =
            new MessageCrypto("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wx5c1v1cc4a75a0d00");

    @FuzzTest(maxDuration = "20s")
    void xmlParserRefusesOnlyWithMalformedXml(FuzzedDataProvider data) {
        String xml = data.consumeRemainingAsString();
        try {
            var fields = SafeXml.parse(xml);
            assertThat(fields).isNotNull();
        } catch (SafeXml.MalformedXml expected) {
            // refused: fine
        }
    }

    @FuzzTest(maxDuration = "20s")
    void decryptionRefusesOnlyWithBadCiphertext(FuzzedDataProvider data) {
        String base64 = data.consumeRemainingAsString();
        try {
            String plain = CRYPTO.decrypt(base64);
            assertThat(plain).isNotNull();
        } catch (MessageCrypto.BadCiphertext expected) {
            // refused: fine
        }
    }

    @FuzzTest(maxDuration = "20s")
    void signatureCheckNeverThrows(FuzzedDataProvider data) {
        String received = data.consumeString(64);
        String a = data.consumeString(32);
        String b = data.consumeRemainingAsString();
        assertThat(WechatSignature.matches(received, "token", a, b)).isIn(true, false);
    }

    @FuzzTest(maxDuration = "20s")
    void inboundMappingRefusesOnlyWithMalformedXml(FuzzedDataProvider data) {
        String xml = "<xml><FromUserName>o</FromUserName><MsgType>" + data.consumeString(20)
                + "</MsgType><Location_X>" + data.consumeString(20) + "</Location_X><CreateTime>"
                + data.consumeRemainingAsString() + "</CreateTime></xml>";
        try {
            InboundXml.toInbound(SafeXml.parse(new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        } catch (SafeXml.MalformedXml expected) {
            // refused: fine
        }
    }
}
