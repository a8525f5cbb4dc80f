package org.civicchat.wechat;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chat simulator's server side: turns what a person typed into the signed, encrypted XML WeChat would
 * post, posts it to our own portal over HTTP, and opens the reply. Also shows the sandbox outbox. Only in the
 * sandbox: with a real app secret the simulator and the outbox answer 404, so no resident's messages show.
 */
@RestController
class SimulatorController {

    private final SimulatedWechat wechat;
    private final SandboxOutboxStore outbox;
    private final boolean sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SimulatorController(WechatSettings settings, SandboxOutboxStore outbox) {
        this.wechat = new SimulatedWechat(settings);
        this.outbox = outbox;
        this.sandbox = settings.sandbox();
    }

    @PostMapping("/simulator/send")
    ResponseEntity<Map<String, Object>> send(@RequestBody SimulatedMessage message, HttpServletRequest request)
            throws IOException, InterruptedException {
        if (!sandbox) {
            return ResponseEntity.notFound().build();
        }
        String openid = message.openid() == null || message.openid().isBlank() ? "o-sim-resident" : message.openid();
        String xml = SimulatedWechat.xml(openid, "gh_civicchat", message.fields());
        SimulatedWechat.SignedRequest signed = wechat.request(xml);
        URI portal = URI.create("http://127.0.0.1:" + request.getLocalPort() + signed.pathAndQuery());
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(portal)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(signed.body(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long micros = (System.nanoTime() - started) / 1000;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", response.statusCode());
        result.put("reply", response.statusCode() == 200 ? wechat.openReply(response.body()) : "");
        result.put("latencyMs", micros / 1000.0);
        return ResponseEntity.ok(result);
    }

    @GetMapping("/simulator/outbox")
    ResponseEntity<List<SandboxMessage>> outbox(@RequestParam(required = false) String openid,
                                                @RequestParam(defaultValue = "50") int limit) {
        if (!sandbox) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(outbox.latest(Math.min(limit, 500)).stream()
                .filter(m -> openid == null || openid.isBlank() || m.openid().equals(openid))
                .toList());
    }

    /** What the page sends: a kind (text, image, voice, location, event) and its fields. */
    record SimulatedMessage(String openid, String kind, String text, Double latitude, Double longitude,
                            String label, String event, String eventKey, String picUrl) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            String k = kind == null ? "text" : kind;
            f.put("MsgType", k);
            switch (k) {
                case "image" -> {
                    f.put("PicUrl", picUrl == null ? "http://127.0.0.1/sim/photo.jpg" : picUrl);
                    f.put("MediaId", "sim-media-" + SimulatedWechat.nextMsgId());
                }
                case "voice" -> {
                    f.put("MediaId", "sim-voice-" + SimulatedWechat.nextMsgId());
                    f.put("Format", "amr");
                    f.put("Recognition", text == null ? "" : text);
                }
                case "location" -> {
                    f.put("Location_X", String.valueOf(latitude == null ? 0 : latitude));
                    f.put("Location_Y", String.valueOf(longitude == null ? 0 : longitude));
                    f.put("Scale", "15");
                    f.put("Label", label == null ? "" : label);
                }
                case "event" -> {
                    f.put("Event", event == null ? "subscribe" : event);
                    if (eventKey != null) {
                        f.put("EventKey", eventKey);
                    }
                    return f;
                }
                default -> f.put("Content", text == null ? "" : text);
            }
            f.put("MsgId", Long.toString(SimulatedWechat.nextMsgId()));
            return f;
        }
    }
}
