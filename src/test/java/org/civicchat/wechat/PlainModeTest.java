package org.civicchat.wechat;

import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** WECHAT_AES_KEY explicitly empty: plain mode; encrypted bodies are refused and the simulator posts plain XML. */
@AppTest
@TestPropertySource(properties = {"civicchat.wechat.aes-key=", "civicchat.redis.data-dir=target/test-data/plain"})
class PlainModeTest {

    @LocalServerPort
    int port;

    @Test
    void aPlainMessageIsAnsweredPlain() {
        PortalClient portal = new PortalClient(port);
        var r = portal.plain(Messages.text("o-plain-mode-1", "你好"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<Encrypt>");
        assertThat(portal.replyText(r)).contains("您好");
    }

    @Test
    void anEncryptedMessageIsForbiddenInPlainMode() {
        PortalClient portal = new PortalClient(port);
        assertThat(portal.encrypted(Messages.text("o-plain-mode-2", "你好")).status()).isEqualTo(403);
    }

    @Test
    void theSimulatorStillChatsInPlainMode() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/simulator/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"openid\":\"o-plain-sim\",\"kind\":\"text\",\"text\":\"你好\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        var json = JsonMapper.builder().build().readTree(r.body());
        assertThat(json.get("status").asInt()).isEqualTo(200);
        assertThat(json.get("reply").asString()).contains("您好");
    }
}
