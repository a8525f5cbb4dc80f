package org.civicchat.wechat;

import java.util.Locale;

/**
 * How the portal takes messages, as the WeChat platform names its three modes (明文模式, 兼容模式, 安全模式):
 * {@code plain} takes only plain XML and refuses an encrypted body (the platform never sends one in that mode);
 * {@code compatible} takes both, an encrypted body when {@code encrypt_type=aes}; {@code safe} takes only an
 * encrypted body with a valid {@code msg_signature} and refuses plain XML. A reply goes back in the mode of
 * its request.
 */
public enum EncryptMode {
    PLAIN, COMPATIBLE, SAFE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The configured mode, or by default {@code safe} when an AES key is set and {@code plain} when the key is
     * explicitly empty.
     *
     * @throws IllegalArgumentException for an unknown name, or compatible/safe without an AES key
     */
    static EncryptMode resolve(String configured, String aesKey) {
        boolean hasKey = aesKey != null && !aesKey.isBlank();
        if (configured == null || configured.isBlank()) {
            return hasKey ? SAFE : PLAIN;
        }
        EncryptMode mode;
        try {
            mode = valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "WECHAT_ENCRYPT_MODE must be plain, compatible or safe, was '" + configured + "'");
        }
        if (mode != PLAIN && !hasKey) {
            throw new IllegalArgumentException("WECHAT_ENCRYPT_MODE=" + mode.id() + " needs WECHAT_AES_KEY");
        }
        return mode;
    }
}
