package org.civicchat.wechat;

import org.civicchat.notice.OutboundMessenger;
import redis.clients.jedis.UnifiedJedis;

import java.util.List;

/** What WeChat would have delivered while the sandbox has no app secret: newest first, capped. */
final class SandboxOutboxStore implements OutboundMessenger {

    private static final String KEY = "cc:wechat:sandbox-outbox";
    private static final int KEEP = 2000;

    private final UnifiedJedis redis;

    SandboxOutboxStore(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public void sendText(String openid, String text) {
        append(new SandboxMessage(openid, "text", text, System.currentTimeMillis()));
    }

    @Override
    public void sendTemplate(String openid, String templateId, java.util.Map<String, String> fields, String url) {
        append(new SandboxMessage(openid, "template:" + templateId, String.join(" | ", fields.values()),
                System.currentTimeMillis()));
    }

    @Override
    public boolean sandbox() {
        return true;
    }

    /** An API call other than a message to one resident (a menu, a mass send), shown beside the messages. */
    void record(String to, String channel, String text) {
        append(new SandboxMessage(to, channel, text, System.currentTimeMillis()));
    }

    private void append(SandboxMessage message) {
        redis.lpush(KEY, message.encode());
        redis.ltrim(KEY, 0, KEEP - 1);
    }

    List<SandboxMessage> latest(int count) {
        return redis.lrange(KEY, 0, count - 1).stream().map(SandboxMessage::decode).toList();
    }
}
