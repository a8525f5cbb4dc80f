package org.civicchat.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Notices: topics, delivery workers and their limits.
 *
 * @param workers        delivery threads per node (each is one consumer of the outbox group)
 * @param batch          outbox entries a worker reads at a time
 * @param block          how long a worker waits on an empty outbox (XREADGROUP BLOCK); below the socket time-out
 * @param rateLimit      messages per second across every node; 0 means no limit
 * @param maxAttempts    sends of one message before it counts as failed (-1, 45011, time-outs)
 * @param retryBase      first retry delay; doubles per attempt (with jitter) up to {@code retryMax}
 * @param claimIdle      an outbox entry pending this long on a silent node is handed to another (XAUTOCLAIM),
 *                       and a send marked in flight this long is taken over; far above one send's time-out
 * @param poll           how often a node looks for due scheduled notices and due retries
 * @param nodeId         this node's name in the consumer group; blank means host-pid-random
 * @param topics         what residents can follow; {@code defaultTopics} are followed on subscribing
 * @param templates      template ids by key ("notice" for pushed notices, "ticket-status"…, "default")
 * @param publicBaseUrl  where residents' link clicks come back to (/n/{id}/{token}); blank: the address the
 *                       console was reached at when a notice was sent (see {@link LinkBase})
 * @param linkSecret     signs link tokens; blank means one generated and shared through Redis
 * @param csPerWindow    customer-service messages per resident per 48-hour window
 * @param massPerMonth   the account's mass sends per calendar month, Beijing time (WeChat's 服务号 limit: 4)
 */
@ConfigurationProperties(prefix = "civicchat.notice")
public record NoticeSettings(@DefaultValue("4") int workers,
                             @DefaultValue("20") int batch,
                             @DefaultValue("1s") Duration block,
                             @DefaultValue("200") int rateLimit,
                             @DefaultValue("8") int maxAttempts,
                             @DefaultValue("1s") Duration retryBase,
                             @DefaultValue("5m") Duration retryMax,
                             @DefaultValue("120s") Duration claimIdle,
                             @DefaultValue("200ms") Duration poll,
                             String nodeId,
                             @DefaultValue({"志愿活动", "测评提醒", "光影秀", "社区服务"}) List<String> topics,
                             @DefaultValue({"志愿活动", "社区服务"}) List<String> defaultTopics,
                             Map<String, String> templates,
                             @DefaultValue("") String publicBaseUrl,
                             String linkSecret,
                             @DefaultValue("5") int csPerWindow,
                             @DefaultValue("48h") Duration window,
                             @DefaultValue("4") int massPerMonth) {

    public NoticeSettings {
        if (workers < 0) {
            throw new IllegalArgumentException("civicchat.notice.workers must be 0 or more, was " + workers);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("civicchat.notice.batch must be at least 1, was " + batch);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("civicchat.notice.rate-limit must be 0 (off) or more, was " + rateLimit);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("civicchat.notice.max-attempts must be at least 1, was " + maxAttempts);
        }
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        topics = List.copyOf(topics);
        defaultTopics = List.copyOf(defaultTopics);
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
    }

    /** The template for a key, else the "default" one; null when neither is configured. */
    String template(String key) {
        String id = key == null ? null : templates.get(key);
        if (id == null || id.isBlank()) {
            id = templates.get("default");
        }
        return id == null || id.isBlank() ? null : id;
    }

    /** The defaults, for plain-object tests and tools; adjust with the with… copies. */
    public static NoticeSettings defaults() {
        return new NoticeSettings(4, 20, Duration.ofSeconds(1), 200, 8, Duration.ofSeconds(1), Duration.ofMinutes(5),
                Duration.ofSeconds(120), Duration.ofMillis(200), null, List.of("志愿活动", "测评提醒", "光影秀", "社区服务"),
                List.of("志愿活动", "社区服务"), Map.of(), "http://localhost:8080", null, 5, Duration.ofHours(48), 4);
    }

    public NoticeSettings withDelivery(int workers, int batch, int rateLimit, int maxAttempts, Duration retryBase,
                                       Duration claimIdle, Duration poll, String nodeId) {
        return new NoticeSettings(workers, batch, block, rateLimit, maxAttempts, retryBase, retryMax, claimIdle, poll,
                nodeId, topics, defaultTopics, templates, publicBaseUrl, linkSecret, csPerWindow, window, massPerMonth);
    }

    public NoticeSettings withTemplates(Map<String, String> templates) {
        return new NoticeSettings(workers, batch, block, rateLimit, maxAttempts, retryBase, retryMax, claimIdle, poll,
                nodeId, topics, defaultTopics, templates, publicBaseUrl, linkSecret, csPerWindow, window, massPerMonth);
    }
}
