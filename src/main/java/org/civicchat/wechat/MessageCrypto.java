package org.civicchat.wechat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * WeChat's safe mode: AES-256-CBC with the key from the 43-character EncodingAESKey, the IV its first 16 bytes,
 * PKCS#7 padding to 32-byte blocks; plaintext is 16 random bytes, a 4-byte big-endian length, the message,
 * then the app id. Decryption checks the padding, the length, UTF-8 and the app id.
 * <p>
 * Written here rather than using WxJava's {@code WxCryptUtil} (4.7) because that class accepts a message
 * encrypted for any app id (it never compares the one inside the plaintext), compares signatures with
 * {@code String.equals} (not constant time) and draws its random prefix from {@code java.util.Random}.
 * {@code PublishedVectorsTest} holds it byte for byte to WeChat's published sample vectors and to
 * {@code WxMpCryptUtil} in both directions.
 */
public final class MessageCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;

    public MessageCrypto(String encodingAesKey, String appId) {
        byte[] raw = Base64.getDecoder().decode(encodingAesKey + "=");
        if (raw.length != 32) {
            throw new IllegalArgumentException("EncodingAESKey must decode to 32 bytes, got " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(raw, 16));
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    public String encrypt(String message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return encrypt(message, random);
    }

    /** With a given 16-byte prefix: only for checking against published vectors. */
    String encrypt(String message, byte[] random) {
        if (random.length != 16) {
            throw new IllegalArgumentException("random prefix must be 16 bytes, got " + random.length);
        }
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        int unpadded = 16 + 4 + body.length + appId.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        plain.put(random).putInt(body.length).put(body).put(appId);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, iv);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** @throws BadCiphertext when the text is not a message encrypted for this app id with this key */
    public String decrypt(String base64) {
        byte[] plain;
        try {
            byte[] cipherText = Base64.getMimeDecoder().decode(base64);
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw new BadCiphertext("ciphertext length " + cipherText.length + " is not a multiple of 16");
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            plain = cipher.doFinal(cipherText);
        } catch (IllegalArgumentException e) {
            throw new BadCiphertext("ciphertext is not base64");
        } catch (GeneralSecurityException e) {
            throw new BadCiphertext("AES decryption failed: " + e.getMessage());
        }
        int pad = plain[plain.length - 1] & 0xFF;
        if (pad < 1 || pad > BLOCK || pad > plain.length - 20) {
            throw new BadCiphertext("bad padding");
        }
        int end = plain.length - pad;
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw new BadCiphertext("bad message length " + length);
        }
        byte[] from = Arrays.copyOfRange(plain, 20 + length, end);
        if (!Arrays.equals(from, appId)) {
            throw new BadCiphertext("message is for another app id");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plain, 20, length)).toString();
        } catch (CharacterCodingException e) {
            throw new BadCiphertext("message is not valid UTF-8");
        }
    }

    public static final class BadCiphertext extends RuntimeException {
        BadCiphertext(String reason) {
            super(reason);
        }
    }
}
