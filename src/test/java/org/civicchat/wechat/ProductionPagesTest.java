package org.civicchat.wechat;

import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.civicchat.support.WechatSpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** With a real app secret and the account's own values, the simulator and the sandbox outbox do not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "civicchat.redis.embedded-port=0",
        "civicchat.redis.data-dir=target/test-data/production",
        "civicchat.admin.password=test-admin-password",
        "civicchat.wechat.secret=prod-secret",
        "civicchat.wechat.app-id=" + ProductionPagesTest.APP_ID,
        "civicchat.wechat.token=" + ProductionPagesTest.TOKEN,
        "civicchat.wechat.aes-key=" + SampleSecretsTest.OWN_KEY,
        "civicchat.wechat.api-base=http://127.0.0.1:9",
        "logging.level.org.civicchat=WARN"
})
class ProductionPagesTest {

    static final String APP_ID = "wxd0c1e5a1b2c3d4e5";
    static final String TOKEN = "own-token-7f3a";

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSimulatorPageItsFilesAndTheSandboxOutboxAre404() throws Exception {
        for (String path : new String[]{"/", "/index.html", "/js/simulator.js", "/css/simulator.css",
                "/console/js/pages/simulator.js", "/simulator/outbox", "/simulator/outbox?limit=5"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("模拟器", "simulator");
        }
        HttpResponse<String> send = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/simulator/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"你好\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(send.statusCode()).isEqualTo(404);
    }

    @Test
    void theConsoleAndThePortalStillWork() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/console/login.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        WechatSpec spec = new WechatSpec(TOKEN, SampleSecretsTest.OWN_KEY, APP_ID);
        String ts = PortalClient.now();
        String encrypt = spec.encrypt(Messages.text("o-prod-1", "你好"));
        String query = "signature=" + spec.signature(TOKEN, ts, "n") + "&timestamp=" + ts + "&nonce=n"
                + "&encrypt_type=aes&msg_signature=" + spec.signature(TOKEN, ts, "n", encrypt);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/wx/portal/" + APP_ID + "?" + query))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(PortalClient.envelope(encrypt), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(WechatSpec.field(spec.openReply(r.body()), "Content")).contains("您好");
    }
}
