package org.civicchat.notice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A notice's link as residents will be redirected to it: an absolute http(s) URI that {@link URI} parses, with
 * a host and no user name (https://gov.cn@elsewhere.example/ reads as gov.cn but goes elsewhere), at most
 * {@link #MAX_LENGTH} characters. Not handled: non-ASCII host names (write them in punycode).
 */
final class NoticeLink {

    static final int MAX_LENGTH = 2000;
    static final String INVALID = "链接不是有效的网址：请填写以 http:// 或 https:// 开头的完整网址，网址中不能有空格、尖括号等字符。";

    private NoticeLink() {
    }

    static Optional<URI> parse(String link) {
        if (link == null || link.isBlank() || link.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
