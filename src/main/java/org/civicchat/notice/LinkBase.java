package org.civicchat.notice;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where residents' clicks on notice links come back to. The configured public address
 * ({@code CIVICCHAT_PUBLIC_BASE_URL}, or the older {@code CIVICCHAT_PUBLIC_URL}) when set; else the address the
 * office's console was reached at when a notice was last sent (kept in Redis, so every node links alike);
 * else http://localhost and the port this app listens on. Behind a proxy, the request's address is the proxy's
 * only when forwarded headers are honoured ({@code server.forward-headers-strategy}); configure the address there.
 */
final class LinkBase implements Supplier<String> {

    private static final long REREAD_MILLIS = 60_000;

    private final String configured;
    private final NoticeStore store;
    private volatile String learned;
    private volatile long readAt;
    private volatile int port = 8080;

    /** @param store null for a fixed address (tests) */
    LinkBase(String configured, NoticeStore store) {
        this.configured = configured == null || configured.isBlank() ? null : configured.strip().replaceAll("/+$", "");
        this.store = store;
    }

    static LinkBase fixed(String base) {
        return new LinkBase(base, null);
    }

    boolean configured() {
        return configured != null;
    }

    @Override
    public String get() {
        if (configured != null) {
            return configured;
        }
        long now = System.currentTimeMillis();
        if (store != null && now - readAt > REREAD_MILLIS) {
            readAt = now;
            try {
                String stored = store.learnedLinkBase();
                if (stored != null && !stored.isBlank()) {
                    learned = stored;
                }
            } catch (RuntimeException e) {
                // Redis hiccup: keep what this node knew
            }
        }
        return learned != null ? learned : "http://localhost:" + port;
    }

    /** Without a configured address, remembers the address of the request being served (an operator sending a notice). */
    void learnFromCurrentRequest() {
        if (configured != null || store == null) {
            return;
        }
        fromCurrentRequest().filter(base -> !base.equals(learned)).ifPresent(base -> {
            learned = base;
            readAt = System.currentTimeMillis();
            store.learnLinkBase(base);
        });
    }

    static Optional<String> fromCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        String base = ServletUriComponentsBuilder.fromContextPath(attributes.getRequest()).replaceQuery(null)
                .build().toUriString().replaceAll("/+$", "");
        try {
            URI uri = URI.create(base);
            return uri.getHost() == null ? Optional.empty() : Optional.of(base);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        port = started.getWebServer().getPort();
    }
}
