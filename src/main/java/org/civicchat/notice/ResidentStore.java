package org.civicchat.notice;

import org.springframework.stereotype.Component;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What notices need to know about residents.
 * <pre>
 * cc:notice:{nt}:residents             set   openids of subscribers (audience "all")
 * cc:notice:{nt}:r:&lt;openid&gt;          hash  inactive (unsubscribed | 43004 | 40003), optout (sent "退订"),
 *                                       win (last message, ms: the 48-hour window), cs (customer-service
 *                                       messages sent in this window)
 * cc:notice:{nt}:topic:&lt;t&gt;       set   followers of a topic
 * cc:notice:{nt}:group:&lt;type&gt;:&lt;n&gt;  set   members of a WeChat tag (our copy, see NoticeTags) or a community/grid
 * cc:notice:{nt}:held:&lt;openid&gt;       list  notice ids held for the resident's next message
 * </pre>
 */
@Component
class ResidentStore {

    static final String RESIDENTS = NoticeStore.PREFIX + "residents";
    private static final int SCAN_PAGE = 1000;

    private final UnifiedJedis redis;

    ResidentStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    static String residentKey(String openid) {
        return NoticeStore.PREFIX + "r:" + openid;
    }

    static String heldKey(String openid) {
        return NoticeStore.PREFIX + "held:" + openid;
    }

    private static String topicKey(String topic) {
        return NoticeStore.PREFIX + "topic:" + topic;
    }

    private static String groupKey(String type, String name) {
        return NoticeStore.PREFIX + "group:" + type + ":" + name;
    }

    /** Followed (again): reachable, opted in, window open, following the default topics. */
    void subscribed(String openid, long now, List<String> defaultTopics) {
        try (AbstractPipeline p = redis.pipelined()) {
            p.sadd(RESIDENTS, openid);
            p.hdel(residentKey(openid), "inactive", "optout");
            p.hset(residentKey(openid), Map.of("win", Long.toString(now), "cs", "0"));
            defaultTopics.forEach(topic -> p.sadd(topicKey(topic), openid));
            p.sync();
        }
    }

    void unsubscribed(String openid) {
        try (AbstractPipeline p = redis.pipelined()) {
            p.srem(RESIDENTS, openid);
            p.hset(residentKey(openid), "inactive", "unsubscribed");
            p.sync();
        }
    }

    /** A message opens a new window with a fresh quota, and shows the resident can be reached. */
    void messaged(String openid, long now) {
        try (AbstractPipeline p = redis.pipelined()) {
            p.sadd(RESIDENTS, openid);
            p.hdel(residentKey(openid), "inactive");
            p.hset(residentKey(openid), Map.of("win", Long.toString(now), "cs", "0"));
            p.sync();
        }
    }

    /** WeChat said the window is closed (45015) or its quota used (45047): use templates until the next message. */
    void closeWindow(String openid) {
        redis.hdel(residentKey(openid), "win");
    }

    boolean follow(String openid, String topic) {
        redis.hdel(residentKey(openid), "optout");
        return redis.sadd(topicKey(topic), openid) == 1;
    }

    boolean unfollow(String openid, String topic) {
        return redis.srem(topicKey(topic), openid) == 1;
    }

    /** "退订": no topic and no broadcast any more, until the resident follows a topic again. */
    void optOut(String openid, List<String> topics) {
        try (AbstractPipeline p = redis.pipelined()) {
            topics.forEach(topic -> p.srem(topicKey(topic), openid));
            p.hset(residentKey(openid), "optout", "1");
            p.sync();
        }
    }

    List<String> following(String openid, List<String> topics) {
        List<Response<Boolean>> member = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            topics.forEach(topic -> member.add(p.sismember(topicKey(topic), openid)));
            p.sync();
        }
        List<String> followed = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (member.get(i).get()) {
                followed.add(topics.get(i));
            }
        }
        return followed;
    }

    long followers(String topic) {
        return redis.scard(topicKey(topic));
    }

    void addToGroup(String type, String name, List<String> openids) {
        if (!openids.isEmpty()) {
            redis.sadd(groupKey(type, name), openids.toArray(String[]::new));
        }
    }

    void removeFromGroup(String type, String name, List<String> openids) {
        if (!openids.isEmpty()) {
            redis.srem(groupKey(type, name), openids.toArray(String[]::new));
        }
    }

    /** The group becomes exactly these members (written aside, then renamed over the old set in one step). */
    void replaceGroup(String type, String name, List<String> openids) {
        String key = groupKey(type, name);
        if (openids.isEmpty()) {
            redis.del(key);
            return;
        }
        String next = key + ":next";
        redis.del(next);
        for (int i = 0; i < openids.size(); i += SCAN_PAGE) {
            redis.sadd(next, openids.subList(i, Math.min(openids.size(), i + SCAN_PAGE)).toArray(String[]::new));
        }
        redis.rename(next, key);
    }

    long groupSize(String type, String name) {
        return redis.scard(groupKey(type, name));
    }

    boolean inGroup(String type, String name, String openid) {
        return redis.sismember(groupKey(type, name), openid);
    }

    /** Pages through an audience set: all, a topic's followers, or a group's members. */
    void scanAudience(String type, String name, Consumer<List<String>> page) {
        String key = switch (type) {
            case "all" -> RESIDENTS;
            case "topic" -> topicKey(name);
            default -> groupKey(type, name);
        };
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> result = redis.sscan(key, cursor, new ScanParams().count(SCAN_PAGE));
            if (!result.getResult().isEmpty()) {
                page.accept(result.getResult());
            }
            cursor = result.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    /** The residents among these a notice may be queued for: not inactive, and (for broadcasts) not opted out. */
    List<String> reachable(List<String> openids, boolean broadcast) {
        List<Response<List<String>>> flags = new ArrayList<>(openids.size());
        try (AbstractPipeline p = redis.pipelined()) {
            openids.forEach(o -> flags.add(p.hmget(residentKey(o), "inactive", "optout")));
            p.sync();
        }
        List<String> keep = new ArrayList<>(openids.size());
        for (int i = 0; i < openids.size(); i++) {
            List<String> f = flags.get(i).get();
            if (f.get(0) == null && (!broadcast || f.get(1) == null)) {
                keep.add(openids.get(i));
            }
        }
        return keep;
    }

    /** For tests and tools: registers many subscribers at once, window closed. */
    void register(List<String> openids) {
        redis.sadd(RESIDENTS, openids.toArray(String[]::new));
    }

    Map<String, String> state(String openid) {
        return redis.hgetAll(residentKey(openid));
    }
}
