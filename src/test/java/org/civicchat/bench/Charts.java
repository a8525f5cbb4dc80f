package org.civicchat.bench;

import java.util.List;
import java.util.Locale;

/** A dependency-free SVG chart: throughput per second (bars) and p99 latency (line) over a run. */
final class Charts {

    private static final int W = 720;
    private static final int H = 300;
    private static final int PAD = 50;

    private Charts() {
    }

    /** @param points {second, replies, p99 millis} */
    static String timeline(String title, List<double[]> points) {
        double maxSecond = Math.max(1, points.stream().mapToDouble(p -> p[0]).max().orElse(1));
        double maxRate = Math.max(1, points.stream().mapToDouble(p -> p[1]).max().orElse(1));
        double maxP99 = Math.max(1, points.stream().mapToDouble(p -> p[2]).max().orElse(1));
        double plotW = W - 2 * PAD;
        double plotH = H - 2 * PAD;
        double barW = Math.max(1, plotW / (maxSecond + 1) - 1);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif' font-size='11'>", W, H));
        svg.append("<rect width='100%' height='100%' fill='white'/>");
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='18' font-size='14'>%s</text>", PAD, title));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='34' fill='#4a90d9'>replies/s (max %.0f)</text>"
                + "<text x='%d' y='34' fill='#d0021b'>p99 ms (max %.1f)</text>", PAD, maxRate, PAD + 200, maxP99));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/>",
                PAD, H - PAD, W - PAD, H - PAD));
        StringBuilder line = new StringBuilder();
        for (double[] p : points) {
            double x = PAD + p[0] / (maxSecond + 1) * plotW;
            double barH = p[1] / maxRate * plotH;
            svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#4a90d9' "
                    + "opacity='0.6'><title>%.0f s: %.0f replies</title></rect>", x, H - PAD - barH, barW, barH, p[0], p[1]));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x + barW / 2, H - PAD - p[2] / maxP99 * plotH));
        }
        svg.append("<polyline fill='none' stroke='#d0021b' stroke-width='1.5' points='").append(line).append("'/>");
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>seconds (0–%.0f)</text>", W / 2 - 40, H - 15, maxSecond));
        return svg.append("</svg>").toString();
    }
}
