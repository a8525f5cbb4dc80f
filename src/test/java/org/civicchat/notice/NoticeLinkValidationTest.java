package org.civicchat.notice;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A notice's link is a valid address when the notice is created, and a click never fails with a 500. */
@AppTest
class NoticeLinkValidationTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.org/活动?x=<b>", "https://example.org/%zz", "http://[::1",
            "https://example.org/{id}", "https://example.org/a|b", "https://gov.cn@elsewhere.example/",
            "https:///no-host", "javascript:alert(1)", "ftp://example.org/file"})
    void aLinkThatIsNotAValidAddressIsRefusedAtCreationInChinese(String link) {
        AdminClient admin = new AdminClient(port);
        int before = admin.get("/api/admin/notices").json().size();
        var r = admin.post("/api/admin/notices", """
                {"body": "周六上午社区义诊。", "link": "%s", "audience": {"type": "all"}}""".formatted(link));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("link");
        assertThat(r.json().get("message").asString()).contains("链接不是有效的网址");
        assertThat(admin.get("/api/admin/notices").json().size()).isEqualTo(before);
    }

    @Test
    void aValidLinkWithQueryAndEscapesIsAccepted() {
        var r = new AdminClient(port).post("/api/admin/notices", """
                {"body": "周六上午社区义诊。", "link": "https://example.org/news/2026?id=7&q=%E4%B9%89%E8%AF%8A#top",
                 "audience": {"type": "openids", "value": "o-link-valid"}}""");
        assertThat(r.status()).isEqualTo(202);
    }

    @Test
    void aClickOnAStoredLinkThatDoesNotParseIs404AndNotCounted() {
        String who = "o-link-" + UUID.randomUUID().toString().substring(0, 12);
        PortalClient portal = new PortalClient(port);
        AdminClient admin = new AdminClient(port);
        portal.encrypted(Messages.event(who, "subscribe", null));
        String id = admin.post("/api/admin/notices", """
                {"body": "周六上午社区义诊。", "link": "https://example.org/ok",
                 "audience": {"type": "openids", "value": "%s"}}""".formatted(who)).json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> portal.get("/simulator/outbox?openid=" + who).body().contains("/n/" + id + "/"));
        Matcher link = Pattern.compile("(/n/" + Pattern.quote(id) + "/[A-Za-z0-9_-]+)")
                .matcher(portal.get("/simulator/outbox?openid=" + who).body());
        assertThat(link.find()).isTrue();
        // as a link stored before creation checked it with URI
        redis.hset(NoticeStore.noticeKey(id), "link", "https://example.org/活动?x=<b>");

        var click = admin.anonymousGet(link.group(1));
        assertThat(click.status()).isEqualTo(404);
        assertThat(click.body()).isEqualTo("链接已失效。");
        assertThat(admin.get("/api/admin/notices/" + id).json().get("opened").asLong()).isZero();
    }
}
