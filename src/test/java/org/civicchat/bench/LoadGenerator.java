package org.civicchat.bench;

import org.civicchat.support.PortalClient;
import org.civicchat.support.WechatSpec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated residents sending signed, AES-encrypted messages to a running portal, as WeChat's server does
 * (a request not answered in 5 s is sent again, up to 3 times). Closed loop (each of N workers sends as soon
 * as it has its reply: saturation) or open loop at a fixed rate (latency measured from the intended send
 * time, so a stall is not hidden). Every reply is decrypted and checked.
 *
 * <pre>java ... LoadGenerator --url http://127.0.0.1:8080 --label civicchat --mix full --workers 32 --seconds 30
 * java ... LoadGenerator --url ... --rate 1000 --seconds 30</pre>
 */
public final class LoadGenerator {

    private static final Duration WECHAT_TIMEOUT = Duration.ofSeconds(5);
    private static final int WECHAT_ATTEMPTS = 4;

    private final String url;
    private final String mix;
    private final boolean verifyReplies;
    private final WechatSpec spec = new WechatSpec(PortalClient.TOKEN, PortalClient.AES_KEY, PortalClient.APP_ID);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).build();
    private final AtomicLong residents = new AtomicLong();
    private final LoadReport report;

    LoadGenerator(String url, String mix, boolean verifyReplies, String label) {
        this.url = url;
        this.mix = mix;
        this.verifyReplies = verifyReplies;
        this.report = new LoadReport(label);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        LoadGenerator generator = new LoadGenerator(a.getOrDefault("url", "http://127.0.0.1:8080"),
                a.getOrDefault("mix", "text"), !"false".equals(a.get("verify")), a.getOrDefault("label", "run"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
        if (a.containsKey("rate")) {
            int rate = Integer.parseInt(a.get("rate"));
            generator.openLoop(rate, warmup, false);
            generator.report.begin();
            generator.openLoop(rate, seconds, true);
        } else {
            int workers = Integer.parseInt(a.getOrDefault("workers", "16"));
            generator.closedLoop(workers, warmup, false);
            generator.report.begin();
            generator.closedLoop(workers, seconds, true);
        }
        generator.report.finish();
        System.out.println(generator.report.summary());
        generator.report.write(Path.of(a.getOrDefault("out", "target/bench")));
        System.exit(0);
    }

    LoadReport report() {
        return report;
    }

    void closedLoop(int workers, int seconds, boolean measured) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int i = 0; i < workers; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < until) {
                    runResident(measured);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }

    void openLoop(int rate, int seconds, boolean measured) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(64, rate / 10));
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.submit(() -> sendOne(intended, measured));
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }

    private void sendOne(long intendedStart, boolean measured) {
        String openid = "o-load-" + residents.incrementAndGet();
        Scenario.Step step = Scenario.next(mix, openid).get(0);
        exchange(step, intendedStart, measured);
    }

    private void runResident(boolean measured) {
        String openid = "o-load-" + residents.incrementAndGet();
        for (Scenario.Step step : Scenario.next(mix, openid)) {
            if (!exchange(step, System.nanoTime(), measured)) {
                return;
            }
        }
    }

    /** Sends one message with WeChat's retry behaviour; records its latency and whether its reply made sense. */
    boolean exchange(Scenario.Step step, long started, boolean measured) {
        String encrypt = spec.encrypt(step.xml());
        byte[] body = PortalClient.envelope(encrypt).getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; attempt <= WECHAT_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request(encrypt, body), HttpResponse.BodyHandlers.ofString());
                if (measured) {
                    report.record(System.nanoTime() - started);
                }
                if (response.statusCode() != 200) {
                    countError(measured, "http-" + response.statusCode());
                    return false;
                }
                String reply = replyText(response.body());
                if (verifyReplies && !step.check().test(reply)) {
                    countError(measured, "unexpected-reply-" + step.kind());
                    return false;
                }
                return true;
            } catch (HttpTimeoutException e) {
                if (measured) {
                    report.retried();
                }
            } catch (Exception e) {
                countError(measured, e.getClass().getSimpleName());
                return false;
            }
        }
        countError(measured, "no-reply-after-retries");
        return false;
    }

    private HttpRequest request(String encrypt, byte[] body) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        String query = "signature=" + spec.signature(PortalClient.TOKEN, ts, nonce) + "&timestamp=" + ts
                + "&nonce=" + nonce + "&openid=o&encrypt_type=aes&msg_signature="
                + spec.signature(PortalClient.TOKEN, ts, nonce, encrypt);
        return HttpRequest.newBuilder(URI.create(url + "/wx/portal/" + PortalClient.APP_ID + "?" + query))
                .timeout(WECHAT_TIMEOUT)
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private String replyText(String body) {
        if (body.equals("success")) {
            return "";
        }
        String inner = body.contains("<Encrypt>") ? spec.openReply(body) : body;
        String content = WechatSpec.field(inner, "Content");
        return content == null ? "" : content;
    }

    private void countError(boolean measured, String kind) {
        if (measured) {
            report.error(kind);
        }
    }

    /** --key value pairs. */
    static final class Args {
        static Map<String, String> parse(String[] args) {
            Map<String, String> map = new java.util.HashMap<>();
            List<String> list = new ArrayList<>(List.of(args));
            for (int i = 0; i + 1 < list.size(); i += 2) {
                map.put(list.get(i).replaceFirst("^--", ""), list.get(i + 1));
            }
            return map;
        }
    }
}
