package org.civicchat.notice;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With no public address configured, a notice's tracked link points at the port the app really runs on. */
@AppTest
class NoticeLinkBaseTest {

    @LocalServerPort
    int port;

    @Test
    void aNoticesLinkUsesTheAddressTheOfficeSentItFromNotLocalhost8080() {
        PortalClient portal = new PortalClient(port);
        String who = "o-linkbase-" + UUID.randomUUID().toString().substring(0, 12);
        portal.encrypted(Messages.event(who, "subscribe", null));
        var sent = new AdminClient(port).post("/api/admin/notices", """
                {"title": "光影秀", "body": "周五晚七点，广场光影秀。", "link": "https://example.org/show",
                 "audience": {"type": "openids", "value": "%s"}}""".formatted(who));
        assertThat(sent.status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> portal.get("/simulator/outbox?openid=" + who).body().contains("/n/"));
        assertThat(portal.get("/simulator/outbox?openid=" + who).body())
                .contains("详情：http://127.0.0.1:" + port + "/n/")
                .doesNotContain("localhost:8080");
    }
}
