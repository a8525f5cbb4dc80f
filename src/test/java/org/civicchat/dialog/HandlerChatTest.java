package org.civicchat.dialog;

import org.civicchat.support.UniqueIds;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A grid worker binds their WeChat with a one-time code, gets the assignment there, accepts and resolves it. */
@AppTest
class HandlerChatTest {

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void boundHandlerGetsTheAssignmentAcceptsAndResolvesWithAPhotoFromTheChat() throws Exception {
        PortalClient portal = new PortalClient(port);
        String resident = "o-res-" + System.nanoTime();
        String filed = portal.ask(resident, "民主路" + UniqueIds.houseNumber() + "号的路灯坏了，晚上一片漆黑");
        String number = first("WM\\d{8}-\\d{4}", filed);
        String department = first("\"department\":\"([^\"]+)\"", admin("GET", "/api/admin/tickets/" + number, null));

        String staff = "grid" + UniqueIds.name();
        admin("POST", "/api/admin/users", "{\"username\":\"" + staff + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"handler\"],\"department\":\"" + department + "\"}");
        String code = first("\"code\":\"(\\d{6})\"", admin("POST", "/api/admin/users/" + staff + "/bind-code", "{}"));
        String worker = "o-grid-" + System.nanoTime();

        assertThat(portal.ask(worker, "绑定 " + code)).contains("绑定成功").contains(staff);
        assertThat(portal.ask("o-someone-else", "绑定 " + code)).contains("无效");

        admin("POST", "/api/admin/tickets/" + number + "/assign",
                "{\"department\":\"" + department + "\",\"handler\":\"" + staff + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxFor(worker).contains(number));
        assertThat(outboxFor(worker)).contains("新工单");

        assertThat(portal.ask(worker, "受理 " + number)).contains("已接单");
        assertThat(admin("GET", "/api/admin/tickets/" + number, null)).contains("\"status\":\"in_progress\"");

        String photoReply = portal.replyText(portal.encrypted(Messages.image(worker, "after-photo-" + System.nanoTime())));
        assertThat(photoReply).contains("已收到照片");
        assertThat(portal.ask(worker, "办结 " + number + " 路灯已更换，恢复照明")).contains("已办结");
        String detail = admin("GET", "/api/admin/tickets/" + number, null);
        assertThat(detail).contains("\"status\":\"resolved\"").contains("路灯已更换");
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxFor(resident).contains(number));
    }

    @Test
    void residentTypingHandlerCommandsIsNotTreatedAsAHandler() {
        PortalClient portal = new PortalClient(port);
        assertThat(portal.ask("o-plain-resident-" + System.nanoTime(), "受理 WM20261125-0001")).doesNotContain("已接单");
        assertThat(portal.ask("o-plain-resident2-" + System.nanoTime(), "我的待办")).doesNotContain("待办工单（");
    }

    private String outboxFor(String openid) {
        return String.join("\n", redis.lrange("cc:wechat:sandbox-outbox", 0, 300).stream()
                .filter(e -> e.startsWith(openid + "\u001f")).toList());
    }

    private String admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        b = json == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " → " + r.body()).isBetween(200, 299);
        return r.body();
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }
}
