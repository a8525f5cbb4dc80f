package org.civicchat.bench;

import org.civicchat.support.AppProcess;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.civicchat.support.RedisProcesses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Ticket filing through the portal: N distinct residents each send one complete complaint (words with a place)
 * as signed, AES-encrypted WeChat XML, from a few concurrent clients; a filing counts when its reply carries a
 * ticket number. Prints tickets per second and latency percentiles. Not a test: a measurement.
 *
 * <pre>java -Xmx512m -cp … org.civicchat.bench.TicketFilingBenchmark [--url http://127.0.0.1:8080]
 *      [--tickets 2000] [--clients 8] [--warmup 200] [--topology embedded|sentinel|cluster]</pre>
 * Without --url it starts CivicChat in a JVM of its own (-Xmx512m) on a fresh data directory, on the embedded
 * redis-server or on real redis-server processes: a master, replica and three Sentinels (then it also prints
 * what WAIT adds per write), or a three-master Cluster with a replica each.
 */
public final class TicketFilingBenchmark {

    private static final Pattern NUMBER = Pattern.compile("WM\\d{8}-\\d{4,6}");
    private static final String[] ROADS = {"青年路", "解放路", "建设路", "文化路", "光明路", "人民路", "长安路", "滨河路"};
    private static final String[] PROBLEMS = {"的路灯不亮了", "有井盖松动", "人行道地砖坏了", "垃圾堆了好几天没人清",
            "有流动摊贩占道经营", "小广告贴得到处都是", "共享单车乱停堵住了人行道", "树枝断了挡住路"};

    private final PortalClient portal;
    private final AtomicInteger next = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis() % 100_000);

    private TicketFilingBenchmark(PortalClient portal) {
        this.portal = portal;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = LoadGenerator.Args.parse(args);
        int tickets = Integer.parseInt(a.getOrDefault("tickets", "2000"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "200"));
        AppProcess app = null;
        RedisProcesses.Sentinel sentinel = null;
        RedisProcesses.Cluster cluster = null;
        Path tempDir = null;
        try {
            PortalClient portal;
            if (a.containsKey("url")) {
                portal = new PortalClient(Integer.parseInt(a.get("url").replaceAll(".*:(\\d+)/?$", "$1")));
            } else {
                tempDir = Files.createTempDirectory("ticket-bench");
                String topology = a.getOrDefault("topology", "embedded");
                String[] redisArgs = switch (topology) {
                    case "embedded" -> new String[0];
                    case "sentinel" -> {
                        sentinel = new RedisProcesses.Sentinel(tempDir.resolve("redis"));
                        yield new String[] {"--civicchat.redis.sentinels=" + sentinel.sentinelList(),
                                "--civicchat.redis.sentinel-master=" + RedisProcesses.Sentinel.MASTER};
                    }
                    case "cluster" -> {
                        cluster = new RedisProcesses.Cluster(tempDir.resolve("redis"));
                        yield new String[] {"--civicchat.redis.cluster-nodes=" + cluster.nodeList()};
                    }
                    default -> throw new IllegalArgumentException("--topology must be embedded, sentinel or cluster, was "
                            + topology);
                };
                System.out.println("starting CivicChat (-Xmx512m) on " + topology + " Redis, data in " + tempDir);
                app = AppProcess.start(tempDir.resolve("data"), tempDir.resolve("app.log"), redisArgs);
                portal = new PortalClient(app.port());
            }
            TicketFilingBenchmark bench = new TicketFilingBenchmark(portal);
            bench.round(warmup, clients);
            Result r = bench.round(tickets, clients);
            System.out.printf(Locale.ROOT, "tickets filed: %d of %d, clients: %d, %.1f s%n", r.filed, tickets, clients,
                    r.seconds);
            System.out.printf(Locale.ROOT, "throughput: %.0f tickets/s%n", r.filed / r.seconds);
            System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                    r.percentile(50), r.percentile(90), r.percentile(99), r.percentile(100));
            System.out.printf("not filed (no number in the reply or an error): %d%n", r.failed);
            if (sentinel != null) {
                waitCost(sentinel.master);
            }
        } finally {
            if (sentinel != null) {
                sentinel.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            if (app != null) {
                app.close();
                try (var files = Files.walk(tempDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        System.exit(0);
    }

    /**
     * What WAIT adds to one write on this master and its replica: 2,000 one-key scripts alone, then each
     * followed by WAIT 1 in the same pipeline (as {@code ReplicatedWrites} does), p50 and p99 of each.
     */
    private static void waitCost(RedisProcesses.Node master) {
        try (redis.clients.jedis.Jedis j = master.jedis()) {
            for (boolean wait : new boolean[] {false, true, false, true}) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 2000; i++) {
                    long t0 = System.nanoTime();
                    redis.clients.jedis.Pipeline p = j.pipelined();
                    p.eval("return redis.call('SET', KEYS[1], ARGV[1])", List.of("cc:bench:{tk}:w"), List.of("v" + i));
                    if (wait) {
                        p.waitReplicas(1, 1000);
                    }
                    p.sync();
                    times.add(System.nanoTime() - t0);
                }
                Result r = new Result(times.size(), 0, 0, times);
                System.out.printf(Locale.ROOT, "script%s: p50 %.3f ms  p99 %.3f ms%n", wait ? " + WAIT 1" : "        ",
                        r.percentile(50), r.percentile(99));
            }
        }
    }

    private Result round(int count, int clients) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger filed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger remaining = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    int k = next.incrementAndGet();
                    String resident = "o-bench-" + run + "-" + k;
                    String text = ROADS[k % ROADS.length] + (1000 + k) + "号" + PROBLEMS[(k / ROADS.length) % PROBLEMS.length];
                    long t0 = System.nanoTime();
                    try {
                        PortalClient.Response r = portal.encrypted(Messages.text(resident, text));
                        long t1 = System.nanoTime();
                        if (r.status() == 200 && NUMBER.matcher(portal.replyText(r)).find()) {
                            filed.incrementAndGet();
                            latencies.add(t1 - t0);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new Result(filed.get(), failed.get(), (System.nanoTime() - started) / 1e9, latencies);
    }

    private record Result(int filed, int failed, double seconds, List<Long> latencies) {
        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
        }
    }
}
