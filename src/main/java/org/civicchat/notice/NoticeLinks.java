package org.civicchat.notice;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Tracked links: /n/{notice}/{token}. The token is a per-notice pseudonym of the resident (so opens are counted
 * once per resident without the openid in the URL) followed by a signature over notice and pseudonym, so
 * nobody without the secret can make up tokens to inflate the figure.
 */
final class NoticeLinks {

    private static final int PSEUDONYM_CHARS = 12;
    private static final int SIGNATURE_CHARS = 10;

    private final byte[] secret;
    private final LinkBase base;

    NoticeLinks(String secret, String baseUrl) {
        this(secret, LinkBase.fixed(baseUrl));
    }

    NoticeLinks(String secret, LinkBase base) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("link secret must not be blank");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.base = base;
    }

    String url(String noticeId, String openid) {
        return base.get() + "/n/" + noticeId + "/" + token(noticeId, openid);
    }

    /** Without a configured public address, links follow the address of the request being served. */
    void learnBaseFromCurrentRequest() {
        base.learnFromCurrentRequest();
    }

    String token(String noticeId, String openid) {
        String pseudonym = mac("p:" + noticeId + ":" + openid).substring(0, PSEUDONYM_CHARS);
        return pseudonym + sign(noticeId, pseudonym);
    }

    /** The pseudonym inside a genuine token; empty for a made-up or damaged one. */
    Optional<String> pseudonym(String noticeId, String token) {
        if (token == null || token.length() != PSEUDONYM_CHARS + SIGNATURE_CHARS) {
            return Optional.empty();
        }
        String pseudonym = token.substring(0, PSEUDONYM_CHARS);
        byte[] expected = sign(noticeId, pseudonym).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(PSEUDONYM_CHARS).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(pseudonym) : Optional.empty();
    }

    private String sign(String noticeId, String pseudonym) {
        return mac("s:" + noticeId + ":" + pseudonym).substring(0, SIGNATURE_CHARS);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
