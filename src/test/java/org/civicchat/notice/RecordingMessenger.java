package org.civicchat.notice;


import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps the real sender: counts calls per resident (failed ones too), keeps the time of each accepted send,
 * and can "kill the node": after {@code killAfter} accepted sends, every worker thread that sends again
 * completes that send and then dies (an {@link Error}), acknowledging nothing, exactly like a process killed
 * right after WeChat accepted a message.
 */
final class RecordingMessenger implements OutboundMessenger {

    private final OutboundMessenger real;
    private final int killAfter;
    private final AtomicInteger accepted = new AtomicInteger();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Queue<Long> sendTimes = new ConcurrentLinkedQueue<>();
    final AtomicInteger diedAfterSending = new AtomicInteger();

    RecordingMessenger(OutboundMessenger real) {
        this(real, Integer.MAX_VALUE);
    }

    RecordingMessenger(OutboundMessenger real, int killAfter) {
        this.real = real;
        this.killAfter = killAfter;
    }

    @Override
    public void sendText(String openid, String text) {
        calls.computeIfAbsent(openid, o -> new AtomicInteger()).incrementAndGet();
        real.sendText(openid, text);
        accepted(openid);
    }

    @Override
    public void sendTemplate(String openid, String templateId, Map<String, String> fields, String url) {
        calls.computeIfAbsent(openid, o -> new AtomicInteger()).incrementAndGet();
        real.sendTemplate(openid, templateId, fields, url);
        accepted(openid);
    }

    private void accepted(String openid) {
        sendTimes.add(System.currentTimeMillis());
        if (accepted.incrementAndGet() > killAfter) {
            diedAfterSending.incrementAndGet();
            throw new NodeKilled(openid);
        }
    }

    int accepted() {
        return accepted.get();
    }

    @Override
    public boolean sandbox() {
        return false;
    }

    /** The worker thread dies mid-batch, right after a send WeChat accepted. */
    static final class NodeKilled extends Error {
        NodeKilled(String openid) {
            super("node killed right after sending (simulated)", null, false, false);
        }
    }
}
