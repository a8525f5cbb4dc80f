package org.civicchat;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    @Test
    void healthIncludesRedisForAnAdmin() {
        var health = new AdminClient(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"redis\"").contains("\"UP\"");
    }

    @Test
    void prometheusShowsMessageCountersAndTheReplyLatencyHistogram() {
        PortalClient portal = new PortalClient(port);
        portal.encrypted(Messages.text("o-ops-1", "你好"));
        var metrics = portal.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("civicchat_messages_total{").contains("kind=\"text\"")
                .contains("civicchat_reply_latency_seconds_bucket");
    }

    @Test
    void prometheusCountsFaqDecisionsAndTicketsFiled() {
        PortalClient portal = new PortalClient(port);
        portal.ask("o-ops-2", "请问火星上的天气怎么样");
        portal.ask("o-ops-3", "胜利路" + UniqueIds.houseNumber() + "号的井盖松动了，很危险");
        String metrics = portal.get("/actuator/prometheus").body();
        assertThat(metrics).contains("civicchat_faq_decisions_total{").contains("outcome=\"refuse\"")
                .contains("civicchat_tickets_filed_total{");
    }

    @Test
    void simulatorPageIsServedAtTheRoot() {
        var page = new PortalClient(port).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("聊天模拟器");
    }

    @Test
    void simulatorRoundTripsThroughTheRealPortal() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/simulator/send"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"openid\":\"o-sim-test\",\"kind\":\"event\",\"event\":\"subscribe\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":200").contains("欢迎关注");
    }
}
