package org.civicchat.bench;

import org.civicchat.notice.NoticeSettings;
import org.civicchat.notice.NoticeStatus;
import org.civicchat.notice.NoticeTestNode;
import org.civicchat.support.TestRedis;
import org.civicchat.support.WechatApiStub;
import org.civicchat.notice.OutboundMessenger;
import org.civicchat.wechat.TestMessengers;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Pushes a notice to 100,000 residents through the outbox and WxJava's real client against the local WeChat
 * API stub, on a real redis-server, with several delivery nodes in this JVM. Run 1: rate limit off, sends per
 * second. Run 2: a second notice to a subset with the shared rate limit on, and the per-second counts of what
 * the stub accepted (by the second each request left), to show the limit holds. Both runs check every resident got the notice exactly once.
 * Arguments (all optional): residents=100000 nodes=2 workers=4 limited=15000 limit=500 failures=0.0
 */
public final class NoticeBenchmark {

    private NoticeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int residents = Integer.parseInt(a.getOrDefault("residents", "100000"));
        int nodes = Integer.parseInt(a.getOrDefault("nodes", "2"));
        int workers = Integer.parseInt(a.getOrDefault("workers", "4"));
        int limited = Integer.parseInt(a.getOrDefault("limited", "15000"));
        int limit = Integer.parseInt(a.getOrDefault("limit", "500"));
        double failures = Double.parseDouble(a.getOrDefault("failures", "0"));

        try (TestRedis server = new TestRedis(); WechatApiStub stub = new WechatApiStub()) {
            ConnectionPoolConfig pool = new ConnectionPoolConfig();
            pool.setMaxTotal(128);
            pool.setMaxIdle(128);
            try (JedisPooled redis = new JedisPooled(pool, "127.0.0.1", server.port())) {
                System.out.printf("NoticeBenchmark: %,d residents, %d nodes x %d workers, Redis %s, JVM %s, %d cores%n",
                        residents, nodes, workers, redis.info("server").lines()
                                .filter(l -> l.startsWith("redis_version")).findFirst().orElse("?"),
                        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
                List<String> everyone = IntStream.range(0, residents).mapToObj(i -> "o-bench-" + i).toList();

                stub.failAtRandom(failures, -1, 45011);
                Run unlimited = run(redis, stub, everyone, nodes, workers, 0, "off");
                report(unlimited, everyone.size());

                stub.clear();
                stub.failAtRandom(failures, -1, 45011);
                redis.flushAll();
                Run capped = run(redis, stub, everyone.subList(0, Math.min(limited, residents)), nodes, workers, limit,
                        limit + "/s");
                report(capped, Math.min(limited, residents));
                int over = (int) capped.perSecond().values().stream().filter(n -> n > limit).count();
                System.out.printf("  limit %d/s: full seconds measured %d, max %d/s, seconds over the limit: %d -> %s%n",
                        limit, capped.fullSeconds().size(), capped.fullSeconds().stream().max(Long::compare).orElse(0L),
                        over, over == 0 ? "HOLDS" : "EXCEEDED");
            }
        }
        System.exit(0);
    }

    private static Run run(JedisPooled redis, WechatApiStub stub, List<String> audience, int nodes, int workers,
                           int limit, String label) throws InterruptedException {
        Queue<Long> accepted = new ConcurrentLinkedQueue<>();
        List<NoticeTestNode> started = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            NoticeSettings settings = NoticeSettings.defaults()
                    .withDelivery(workers, 50, limit, 12, Duration.ofMillis(20), Duration.ofSeconds(60),
                            Duration.ofMillis(50), "bench-" + label.replace('/', '_') + "-" + n)
                    .withTemplates(Map.of("notice", "tpl-bench"));
            started.add(new NoticeTestNode(redis, timed(TestMessengers.api(stub.baseUrl(), redis), accepted), settings));
        }
        started.get(0).register(audience);
        started.forEach(NoticeTestNode::start);
        long t0 = System.nanoTime();
        String id = started.get(0).sendToAll("志愿活动", "本周六上午九点，社区志愿服务集合，欢迎参加。");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(10))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> "done".equals(started.get(0).status(id).status()));
        NoticeStatus status = started.get(0).status(id);
        double seconds = (System.nanoTime() - t0) / 1e9;
        started.forEach(NoticeTestNode::close);

        Map<String, Integer> perResident = new HashMap<>();
        stub.sent().forEach(s -> perResident.merge(s.openid(), 1, Integer::sum));
        long duplicates = perResident.values().stream().filter(v -> v > 1).count();
        Map<Long, Long> perSecond = new HashMap<>();
        accepted.forEach(t -> perSecond.merge(t / 1000, 1L, Long::sum));
        List<Long> secondsSorted = new ArrayList<>(perSecond.keySet());
        Collections.sort(secondsSorted);
        List<Long> full = secondsSorted.size() > 2
                ? secondsSorted.subList(1, secondsSorted.size() - 1).stream().map(perSecond::get).toList() : List.of();
        return new Run(label, status, seconds, perResident.size(), duplicates, perSecond, full);
    }

    private static void report(Run run, int audience) {
        NoticeStatus s = run.status();
        System.out.printf("Run rate limit %s: %,d residents in %.1f s = %,.0f sends/s; sent %,d failed %,d retries %,d;"
                        + " distinct residents reached %,d, duplicates %d -> %s%n",
                run.label(), audience, run.seconds(), s.sent() / run.seconds(), s.sent(), s.failed(), s.retries(),
                run.reached(), run.duplicates(), run.reached() == audience && run.duplicates() == 0
                        ? "EXACTLY ONCE" : "NOT EXACTLY ONCE");
        List<Long> sorted = new ArrayList<>(run.fullSeconds());
        Collections.sort(sorted);
        if (!sorted.isEmpty()) {
            System.out.printf("  per full second: min %d, median %d, max %d%n", sorted.get(0),
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        }
    }

    /**
     * Records when each message WeChat (the stub) accepted was sent: the moment the request leaves, which is
     * what the rate limit governs (a reply can land in the next second while the request did not).
     */
    private static OutboundMessenger timed(OutboundMessenger real, Queue<Long> accepted) {
        return new OutboundMessenger() {
            @Override
            public void sendText(String openid, String text) {
                long sentAt = System.currentTimeMillis();
                real.sendText(openid, text);
                accepted.add(sentAt);
            }

            @Override
            public void sendTemplate(String openid, String templateId, Map<String, String> fields, String url) {
                long sentAt = System.currentTimeMillis();
                real.sendTemplate(openid, templateId, fields, url);
                accepted.add(sentAt);
            }

            @Override
            public boolean sandbox() {
                return false;
            }
        };
    }

    private record Run(String label, NoticeStatus status, double seconds, int reached, long duplicates,
                       Map<Long, Long> perSecond, List<Long> fullSeconds) {
    }
}
