package org.civicchat.faq;

import org.civicchat.shared.YamlDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * FAQ entries edited or added in the console, kept in Redis over the files in {@code faq/}, and the
 * "changed" broadcast on Redis pub/sub that makes every node rebuild its in-memory index.
 */
final class FaqEditStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FaqEditStore.class);
    private static final String EDITS = "cc:faq:edits";
    private static final String CHANNEL = "cc:faq:changed";

    private final UnifiedJedis redis;
    private final String node = UUID.randomUUID().toString();
    private volatile JedisPubSub subscription;

    FaqEditStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    List<FaqEntry> all() {
        List<FaqEntry> entries = new ArrayList<>();
        redis.hgetAll(EDITS).forEach((id, yaml) -> entries.add(decode(yaml)));
        return entries;
    }

    void save(FaqEntry entry) {
        redis.hset(EDITS, entry.id(), encode(entry));
        redis.publish(CHANNEL, node);
    }

    /**
     * Calls {@code onChange} whenever another node saved an edit; runs until {@link #close()}. A subscription
     * lost (Redis restarted, Sentinel or Cluster fail-over) is made again, and {@code onChange} runs once then,
     * since edits broadcast while it was down were missed. In Cluster, PUBLISH reaches subscribers on every node.
     */
    void listen(Runnable onChange) {
        java.util.concurrent.atomic.AtomicBoolean subscribedBefore = new java.util.concurrent.atomic.AtomicBoolean();
        subscription = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String from) {
                if (!node.equals(from)) {
                    onChange.run();
                }
            }

            @Override
            public void onSubscribe(String channel, int subscribedChannels) {
                if (subscribedBefore.getAndSet(true)) {
                    onChange.run();
                }
            }
        };
        Thread listener = new Thread(() -> {
            while (subscription != null) {
                try {
                    redis.subscribe(subscription, CHANNEL);
                    return;
                } catch (JedisException e) {
                    log.warn("FAQ change subscription lost ({}); retrying", e.toString());
                    pause();
                }
            }
        }, "faq-edits");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void close() {
        JedisPubSub current = subscription;
        subscription = null;
        if (current != null && current.isSubscribed()) {
            current.unsubscribe();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(FaqEntry e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", e.id());
        map.put("group", e.group());
        map.put("question", e.question());
        map.put("alternates", e.alternates());
        map.put("answer", e.answer());
        map.put("next", e.next());
        return YamlDocuments.write(map);
    }

    private static FaqEntry decode(String yaml) {
        StoredEdit e = YamlDocuments.read(yaml, StoredEdit.class);
        return new FaqEntry(e.id(), e.group(), e.question(), e.alternates() == null ? List.of() : e.alternates(),
                e.answer(), e.next(), List.of());
    }

    /** An edit as {@link #encode} writes it to Redis. */
    record StoredEdit(String id, String group, String question, List<String> alternates, String answer, String next) {
    }
}
