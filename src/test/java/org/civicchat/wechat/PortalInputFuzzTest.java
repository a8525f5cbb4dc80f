package org.civicchat.wechat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.civicchat.dialog.Inbound;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes what the portal does with untrusted text before any handler runs: the XML parsing, the AES decryption
 * and the signature check. The normal test run replays the committed seed corpus
 * ({@code src/test/resources/org/civicchat/wechat/PortalInputFuzzTestInputs/<method>/}: real WeChat messages,
 * deep nesting, entities, truncated and garbled bodies); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class PortalInputFuzzTest {

    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final MessageCrypto CRYPTO = new MessageCrypto(KEY, "wx5c1v1cc4a75a0d00");

    /** Parsing either refuses with its own exception or yields a message with a sender and a kind. */
    @FuzzTest(maxDuration = "20s")
    void parsingRefusesOnlyAsMalformedOrGivesAMessageWithSenderAndKind(FuzzedDataProvider data) {
        String xml = data.consumeRemainingAsString();
        Inbound message;
        try {
            message = InboundXml.toInbound(WechatXml.parse(xml));
        } catch (MalformedMessage refused) {
            return;
        }
        assertThat(message.openid()).isNotBlank();
        assertThat(message.kind()).isNotNull();
        assertThat(xml).doesNotContainIgnoringCase("<!DOCTYPE");
    }

    /** Whatever decrypts is exactly what was encrypted; anything else is refused as bad ciphertext. */
    @FuzzTest(maxDuration = "20s")
    void decryptionGivesBackExactlyWhatWasEncryptedAndRefusesTheRest(FuzzedDataProvider data) {
        String text = data.consumeString(400);
        String tampered = data.consumeRemainingAsString();
        if (StandardCharsets.UTF_8.newEncoder().canEncode(text)) { // WeChat sends UTF-8: no lone surrogates
            assertThat(CRYPTO.decrypt(CRYPTO.encrypt(text))).isEqualTo(text);
        }
        try {
            CRYPTO.decrypt(tampered);
        } catch (MessageCrypto.BadCiphertext refused) {
            return;
        }
        assertThat(tampered).isNotBlank();
    }

    /** A signature verifies exactly when it is the SHA-1 of the sorted parts, in any letter case. */
    @FuzzTest(maxDuration = "20s")
    void signatureVerifiesOnlyForItsOwnParts(FuzzedDataProvider data) {
        String a = data.consumeString(32);
        String b = data.consumeString(32);
        String forged = data.consumeRemainingAsString();
        String real = WechatSignature.of("token", a, b);
        assertThat(WechatSignature.matches(real, "token", a, b)).isTrue();
        assertThat(WechatSignature.matches(real.toUpperCase(), "token", b, a)).isTrue();
        assertThat(WechatSignature.matches(forged, "token", a, b)).isEqualTo(forged.equalsIgnoreCase(real));
    }
}
