package org.civicchat.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies, errors and a per-second timeline of one load run; writes a summary, a CSV and an SVG chart. */
final class LoadReport {

    private final String label;
    private final Histogram all = new Histogram(60_000_000_000L, 3);
    private final ConcurrentHashMap<Long, Histogram> perSecond = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong over4s = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private volatile long startNanos = System.nanoTime();
    private volatile long endNanos;

    LoadReport(String label) {
        this.label = label;
    }

    synchronized void record(long latencyNanos) {
        all.recordValue(Math.min(latencyNanos, all.getHighestTrackableValue()));
        long second = (System.nanoTime() - startNanos) / 1_000_000_000L;
        perSecond.computeIfAbsent(second, s -> new Histogram(60_000_000_000L, 2))
                .recordValue(Math.min(latencyNanos, 60_000_000_000L));
        if (latencyNanos > 4_000_000_000L) {
            over4s.incrementAndGet();
        }
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void begin() {
        startNanos = System.nanoTime();
    }

    void finish() {
        endNanos = System.nanoTime();
    }

    long count() {
        return all.getTotalCount();
    }

    double seconds() {
        return ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
    }

    double throughput() {
        return count() / seconds();
    }

    double percentileMillis(double p) {
        return all.getValueAtPercentile(p) / 1e6;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    String summary() {
        return String.format(Locale.ROOT,
                "%s: %d replies in %.1f s = %.0f msg/s; latency ms p50 %.2f p95 %.2f p99 %.2f max %.2f; "
                        + "errors %d %s; retries %d; over 4 s %d (%.4f%%)",
                label, count(), seconds(), throughput(), percentileMillis(50), percentileMillis(95),
                percentileMillis(99), all.getMaxValue() / 1e6, errorCount(), errors, retries.get(), over4s.get(),
                count() == 0 ? 0.0 : 100.0 * over4s.get() / count());
    }

    String json() {
        return String.format(Locale.ROOT,
                "{\"label\":\"%s\",\"replies\":%d,\"seconds\":%.2f,\"throughput\":%.1f,\"p50\":%.3f,\"p95\":%.3f,"
                        + "\"p99\":%.3f,\"max\":%.3f,\"errors\":%d,\"retries\":%d,\"over4s\":%d}",
                label, count(), seconds(), throughput(), percentileMillis(50), percentileMillis(95),
                percentileMillis(99), all.getMaxValue() / 1e6, errorCount(), retries.get(), over4s.get());
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> csv = new ArrayList<>();
        csv.add("second,replies,p50_ms,p99_ms");
        List<double[]> points = new ArrayList<>();
        perSecond.keySet().stream().sorted().forEach(second -> {
            Histogram h = perSecond.get(second);
            double p99 = h.getValueAtPercentile(99) / 1e6;
            csv.add(String.format(Locale.ROOT, "%d,%d,%.3f,%.3f", second, h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1e6, p99));
            points.add(new double[]{second, h.getTotalCount(), p99});
        });
        Files.write(dir.resolve(label + ".csv"), csv);
        Files.writeString(dir.resolve(label + ".json"), json());
        Files.writeString(dir.resolve(label + ".svg"), Charts.timeline(label, points));
    }
}
