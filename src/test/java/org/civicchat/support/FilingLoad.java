package org.civicchat.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Six residents (by default) filing complaints at once, each at a place of its own so none is folded into
 * another's ticket, round robin over one or more app nodes, plus one resident asking a FAQ question in a loop.
 * Records every number told, every honest refusal, every FAQ reply, and when the first complaint after a
 * moment was answered with a number (the recovery time of a drill).
 */
public final class FilingLoad implements AutoCloseable {

    public static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4}");
    public static final String FAQ_QUESTION = "垃圾分类分为哪几类？";
    public static final String FAQ_MARK = "可回收物";
    private static final String[] ROADS = {"青年路", "解放路", "建设路", "和平路", "人民路", "胜利路"};

    private final List<PortalClient> nodes;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<String> told = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger faqAnswered = new AtomicInteger();
    private final AtomicInteger faqDeferred = new AtomicInteger();
    private final Queue<String> faqFailures = new ConcurrentLinkedQueue<>();
    private final AtomicLong firstToldAfter = new AtomicLong();
    private volatile long mark = Long.MAX_VALUE;

    public FilingLoad(List<PortalClient> nodes, int residents, String tag) {
        this.nodes = List.copyOf(nodes);
        for (int r = 0; r < residents; r++) {
            int resident = r;
            threads.add(start("resident-" + r, () -> file(tag, resident)));
        }
        threads.add(start("faq-asker", () -> ask(tag)));
    }

    private static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void file(String tag, int resident) {
        int n = 0;
        while (running.get()) {
            n++;
            PortalClient node = nodes.get((resident + n) % nodes.size());
            String openid = "o-" + tag + "-" + resident + "-" + n;
            String text = ROADS[resident % ROADS.length] + (resident * 10_000 + n) + "号的路灯不亮了，晚上很黑";
            long sent = System.currentTimeMillis();
            String reply;
            try {
                reply = node.ask(openid, text);
            } catch (RuntimeException e) {
                unanswered.incrementAndGet();
                continue;
            }
            Matcher m = NUMBER.matcher(reply);
            if (m.find()) {
                told.add(m.group());
                if (sent >= mark) {
                    firstToldAfter.compareAndSet(0, System.currentTimeMillis());
                }
            } else if (reply.isEmpty()) {
                unanswered.incrementAndGet();
            } else {
                refused.incrementAndGet();
            }
        }
    }

    private void ask(String tag) {
        int n = 0;
        while (running.get()) {
            n++;
            PortalClient node = nodes.get(n % nodes.size());
            try {
                String reply = node.ask("o-" + tag + "-faq-" + n, FAQ_QUESTION);
                if (reply.contains(FAQ_MARK)) {
                    faqAnswered.incrementAndGet();
                } else if (reply.isEmpty()) {
                    faqDeferred.incrementAndGet();
                } else {
                    faqFailures.add(reply);
                }
            } catch (RuntimeException e) {
                faqFailures.add(e.toString());
            }
        }
    }

    /** From now on, the first complaint sent and answered with a number sets {@link #firstToldAfterMark()}. */
    public void mark() {
        firstToldAfter.set(0);
        mark = System.currentTimeMillis();
    }

    /** Epoch ms of the first number told for a complaint sent after {@link #mark()}; 0 while none. */
    public long firstToldAfterMark() {
        return firstToldAfter.get();
    }

    public List<String> told() {
        return List.copyOf(told);
    }

    public int refused() {
        return refused.get();
    }

    public int unanswered() {
        return unanswered.get();
    }

    public int faqAnswered() {
        return faqAnswered.get();
    }

    /**
     * Questions answered "success" because the reply missed WeChat's window while the store failed over; their
     * answer goes out later through the API, as it would to a real resident.
     */
    public int faqDeferred() {
        return faqDeferred.get();
    }

    /** Wrong answers and refused requests to the FAQ question. */
    public List<String> faqFailures() {
        return List.copyOf(faqFailures);
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread t : threads) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
