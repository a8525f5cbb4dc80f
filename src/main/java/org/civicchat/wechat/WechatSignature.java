package org.civicchat.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * WeChat's signature: SHA-1 of the lexicographically sorted parts, concatenated, in lower-case hex. Ours rather
 * than WxJava's {@code SHA1}/{@code checkSignature} because the check must compare in constant time
 * ({@link #matches}); WxJava compares with {@code String.equals}.
 */
public final class WechatSignature {

    private WechatSignature() {
    }

    public static String of(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /** Constant-time comparison of a received signature with the expected one. */
    public static boolean matches(String received, String... parts) {
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(of(parts).getBytes(StandardCharsets.US_ASCII),
                received.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
