package org.civicchat.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Posts to the portal exactly as WeChat's server does, signed, plain or in safe mode. */
public final class PortalClient {

    public static final String APP_ID = "wx5c1v1cc4a75a0d00";
    public static final String TOKEN = "civicchat-sandbox-token";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final WechatSpec spec = new WechatSpec(TOKEN, AES_KEY, APP_ID);

    public PortalClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public WechatSpec spec() {
        return spec;
    }

    public Response plain(String xml) {
        String ts = now();
        String nonce = nonce();
        return post(APP_ID, "signature=" + spec.signature(TOKEN, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce,
                xml.getBytes(StandardCharsets.UTF_8));
    }

    public Response encrypted(String xml) {
        String ts = now();
        String nonce = nonce();
        String encrypt = spec.encrypt(xml);
        return post(APP_ID, query(ts, nonce, encrypt), envelope(encrypt).getBytes(StandardCharsets.UTF_8));
    }

    public static String envelope(String encrypt) {
        return "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
    }

    public String query(String ts, String nonce, String encrypt) {
        return "signature=" + spec.signature(TOKEN, ts, nonce) + "&timestamp=" + ts + "&nonce=" + nonce
                + "&openid=o-test&encrypt_type=aes&msg_signature=" + spec.signature(TOKEN, ts, nonce, encrypt);
    }

    public Response post(String appId, String query, byte[] body) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/wx/portal/" + appId + "?" + query))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "text/xml")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String pathAndQuery) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a plain or encrypted passive reply ("" for "success"). */
    public String replyText(Response response) {
        String body = response.body();
        if ("success".equals(body)) {
            return "";
        }
        String inner = body.contains("<Encrypt>") ? spec.openReply(body) : body;
        return WechatSpec.field(inner, "Content");
    }

    /** Sends text in safe mode and returns the decrypted reply text. */
    public String ask(String openid, String text) {
        Response r = encrypted(Messages.text(openid, text));
        if (r.status() != 200) {
            throw new IllegalStateException("portal answered " + r.status() + ": " + r.body());
        }
        return replyText(r);
    }

    public static String now() {
        return Long.toString(System.currentTimeMillis() / 1000);
    }

    public static String nonce() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public record Response(int status, String body) {
    }
}
