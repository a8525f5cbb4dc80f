package org.civicchat.wechat;

import org.civicchat.shared.WechatApiError;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's stand-in for WeChat's user tags and mass sends, answering as WeChat does (45157 a name taken,
 * 45158 over 30 bytes, 40032 over 50 openids, 45159 no such tag, 45065 a repeated clientmsgid); each mass send
 * is shown in the sandbox outbox.
 * <pre>
 * cc:wechat:sandbox:tags        hash    tag name → id (from 100, as WeChat's own tags 0–2 are reserved)
 * cc:wechat:sandbox:tag:&lt;id&gt;    set     members
 * cc:wechat:sandbox:mass        hash    clientmsgid → msg_id
 * </pre>
 */
final class SandboxAudienceStore implements WechatAudiences {

    private static final String TAGS = "cc:wechat:sandbox:tags";
    private static final String SEQ = "cc:wechat:sandbox:tag-seq";
    private static final String MASS = "cc:wechat:sandbox:mass";

    private final UnifiedJedis redis;
    private final SandboxOutboxStore outbox;

    SandboxAudienceStore(UnifiedJedis redis, SandboxOutboxStore outbox) {
        this.redis = redis;
        this.outbox = outbox;
    }

    private static String members(long id) {
        return "cc:wechat:sandbox:tag:" + id;
    }

    @Override
    public Tag create(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length > 30) {
            throw new WechatApiError(45158, "tag name too long", null);
        }
        if (redis.hexists(TAGS, name)) {
            throw new WechatApiError(45157, "invalid tag name", null);
        }
        long id = 99 + redis.incr(SEQ);
        redis.hset(TAGS, name, Long.toString(id));
        return new Tag(id, name, 0);
    }

    @Override
    public List<Tag> list() {
        List<Tag> tags = new ArrayList<>();
        for (Map.Entry<String, String> t : redis.hgetAll(TAGS).entrySet()) {
            long id = Long.parseLong(t.getValue());
            tags.add(new Tag(id, t.getKey(), redis.scard(members(id))));
        }
        tags.sort(java.util.Comparator.comparingLong(Tag::id));
        return tags;
    }

    @Override
    public void tag(long tagId, List<String> openids) {
        check(tagId, openids);
        redis.sadd(members(tagId), openids.toArray(String[]::new));
    }

    @Override
    public void untag(long tagId, List<String> openids) {
        check(tagId, openids);
        redis.srem(members(tagId), openids.toArray(String[]::new));
    }

    @Override
    public Members members(long tagId, String next) {
        check(tagId, List.of());
        String cursor = next == null || next.isBlank() ? ScanParams.SCAN_POINTER_START : next;
        ScanResult<String> page = redis.sscan(members(tagId), cursor, new ScanParams().count(1000));
        return new Members(page.getResult(), page.isCompleteIteration() ? "" : page.getCursor());
    }

    @Override
    public String sendText(Long tagId, String text, String clientMsgId) {
        String earlier = redis.hget(MASS, clientMsgId);
        if (earlier != null) {
            throw new WechatApiError(45065, "clientmsgid exist, msg_id " + earlier, null);
        }
        String to = "全部关注者";
        if (tagId != null) {
            String name = tagName(tagId);
            if (name == null) {
                throw new WechatApiError(40050, "invalid tag id", null);
            }
            to = "标签“" + name + "”（" + redis.scard(members(tagId)) + " 人）";
        }
        String msgId = Long.toString(1_000_000 + redis.hlen(MASS) + 1);
        if (redis.hsetnx(MASS, clientMsgId, msgId) == 0) {
            throw new WechatApiError(45065, "clientmsgid exist", null);
        }
        outbox.record(to, "mass", text);
        return msgId;
    }

    private void check(long tagId, List<String> openids) {
        if (openids.size() > 50) {
            throw new WechatApiError(40032, "invalid openid list size", null);
        }
        if (tagName(tagId) == null) {
            throw new WechatApiError(45159, "invalid tag id", null);
        }
    }

    private String tagName(long tagId) {
        return redis.hgetAll(TAGS).entrySet().stream().filter(e -> e.getValue().equals(Long.toString(tagId)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
