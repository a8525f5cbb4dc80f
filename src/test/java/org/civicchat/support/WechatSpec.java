package org.civicchat.support;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat's message encryption written from the published spec (消息加解密说明), independent of the production
 * code, so tests check our portal against the algorithm rather than against itself.
 * msg_encrypt = Base64(AES-256-CBC(random(16B) + msg_len(4B, network order) + msg + appid)), key =
 * Base64_Decode(EncodingAESKey + "="), IV = first 16 bytes of the key, PKCS#7 padded to a multiple of 32.
 */
public final class WechatSpec {

    private final String token;
    private final byte[] key;
    private final String appId;

    public WechatSpec(String token, String encodingAesKey, String appId) {
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.appId = appId;
    }

    public String signature(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String token() {
        return token;
    }

    public String encrypt(String msg, byte[] random16) {
        try {
            byte[] body = msg.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            plain.write(random16);
            plain.write(new byte[]{(byte) (body.length >>> 24), (byte) (body.length >>> 16),
                    (byte) (body.length >>> 8), (byte) body.length});
            plain.write(body);
            plain.write(appId.getBytes(StandardCharsets.UTF_8));
            int amountToPad = 32 - (plain.size() % 32);
            for (int i = 0; i < amountToPad; i++) {
                plain.write(amountToPad);
            }
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(aes.doFinal(plain.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String msg) {
        byte[] random = new byte[16];
        new java.security.SecureRandom().nextBytes(random);
        return encrypt(msg, random);
    }

    /** Returns the message; fails if the appid at the end is not ours. */
    public String decrypt(String base64) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            byte[] plain = aes.doFinal(Base64.getDecoder().decode(base64));
            int pad = plain[plain.length - 1];
            byte[] content = Arrays.copyOfRange(plain, 16, plain.length - pad);
            int len = ((content[0] & 0xff) << 24) | ((content[1] & 0xff) << 16) | ((content[2] & 0xff) << 8) | (content[3] & 0xff);
            String msg = new String(content, 4, len, StandardCharsets.UTF_8);
            String from = new String(content, 4 + len, content.length - 4 - len, StandardCharsets.UTF_8);
            if (!from.equals(appId)) {
                throw new IllegalStateException("reply encrypted for " + from);
            }
            return msg;
        } catch (Exception e) {
            throw new IllegalStateException("cannot decrypt reply: " + e.getMessage(), e);
        }
    }

    /** Opens an encrypted passive reply, checking its MsgSignature, and returns the inner XML. */
    public String openReply(String replyXml) {
        String encrypt = field(replyXml, "Encrypt");
        String expected = signature(token, field(replyXml, "TimeStamp"), field(replyXml, "Nonce"), encrypt);
        if (!expected.equals(field(replyXml, "MsgSignature"))) {
            throw new IllegalStateException("reply MsgSignature does not verify");
        }
        return decrypt(encrypt);
    }

    public static String field(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
