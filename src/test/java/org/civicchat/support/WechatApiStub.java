package org.civicchat.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the WeChat API (api.weixin.qq.com), spoken to by WxJava's real HTTP client: access
 * token, customer-service send, template send, media download, the custom menu (create, get), user tags
 * (create, get, batch tagging and untagging, members) and mass sends by tag. It can answer with WeChat's error
 * codes, either queued for the next calls or at random for a share of calls; the menu, tag and mass endpoints
 * also give WeChat's own refusals (40016/40023 button counts, 46003 no menu, 45157 tag exists, 45158 name too
 * long, 45159 no such tag, 40032 more than 50 openids, 45065 repeated clientmsgid, 45028 no mass quota).
 */
public final class WechatApiStub implements AutoCloseable {

    private static final Pattern TOUSER = Pattern.compile("\"touser\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CONTENT = Pattern.compile("\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
            1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

    private final HttpServer server;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger expiries = new AtomicInteger();
    private final AtomicInteger tokenGeneration = new AtomicInteger();
    private final Queue<Integer> queuedErrors = new ConcurrentLinkedQueue<>();
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final WechatOfficeStub office;
    private volatile double randomFailureRate;
    private volatile List<Integer> randomFailureCodes = List.of(-1);

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each reply waits ~40 ms for
        // the client's delayed ACK (Nagle), which made the stub, not the code under test, the bottleneck.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public WechatApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/cgi-bin/token", this::token);
        server.createContext("/cgi-bin/stable_token", this::token);
        server.createContext("/cgi-bin/message/custom/send", ex -> send(ex, "text"));
        server.createContext("/cgi-bin/message/template/send", ex -> send(ex, "template"));
        server.createContext("/cgi-bin/media/get", this::media);
        office = new WechatOfficeStub(this::accept);
        office.install(server);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next calls to a send endpoint answer with these WeChat error codes, one each. */
    public void failNext(Integer... codes) {
        queuedErrors.addAll(List.of(codes));
    }

    /** A share of send calls fail at random with one of the codes. */
    public void failAtRandom(double rate, Integer... codes) {
        this.randomFailureCodes = List.of(codes);
        this.randomFailureRate = rate;
    }

    /** How many times the stub expired the access token on purpose (an injected 42001). */
    public int expiries() {
        return expiries.get();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** How many sends were accepted, cheaply (for large runs). */
    public int sentCount() {
        return accepted.get();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The menu, tag and mass-send side of the stub. */
    public WechatOfficeStub office() {
        return office;
    }

    public void clear() {
        office.clear();
        sent.clear();
        accepted.set(0);
        queuedErrors.clear();
        randomFailureRate = 0;
    }

    private void token(HttpExchange ex) throws IOException {
        tokenRequests.incrementAndGet();
        answer(ex, "{\"access_token\":\"stub-token-" + tokenGeneration.incrementAndGet() + "\",\"expires_in\":7200}");
    }

    /**
     * Checks the token and the injected failures; answers and returns false when the call is refused.
     */
    private boolean accept(HttpExchange ex) throws IOException {
        String token = query(ex.getRequestURI()).getOrDefault("access_token", "");
        if (!token.equals("stub-token-" + tokenGeneration.get())) {
            answer(ex, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
            return false;
        }
        Integer error = queuedErrors.poll();
        if (error == null && randomFailureRate > 0 && ThreadLocalRandom.current().nextDouble() < randomFailureRate) {
            error = randomFailureCodes.get(ThreadLocalRandom.current().nextInt(randomFailureCodes.size()));
        }
        if (error != null) {
            if (error == 42001) {
                tokenGeneration.incrementAndGet();
                expiries.incrementAndGet();
            }
            answer(ex, "{\"errcode\":" + error + ",\"errmsg\":\"stub error " + error + "\"}");
            return false;
        }
        return true;
    }

    private void send(HttpExchange ex, String channel) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!accept(ex)) {
            return;
        }
        sent.add(new Sent(channel, first(TOUSER, body), unescape(first(CONTENT, body)), body));
        answer(ex, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + accepted.incrementAndGet() + "}");
    }

    private void media(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "image/jpeg");
        ex.getResponseHeaders().add("Content-disposition", "attachment; filename=\"photo.jpg\"");
        ex.sendResponseHeaders(200, JPEG.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(JPEG);
        }
    }

    static void answer(HttpExchange ex, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new java.util.HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }

    private static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char n = json.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One message the stub accepted. */
    public record Sent(String channel, String openid, String content, String body) {
    }
}
