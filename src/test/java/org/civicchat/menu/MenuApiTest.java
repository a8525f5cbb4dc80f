package org.civicchat.menu;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.RedisKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.JsonNode;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu API in the sandbox: published menus are read back and shown in the outbox; bad ones change nothing. */
@AppTest
class MenuApiTest {

    static final String SANDBOX_MENU = "cc:wechat:sandbox-menu";
    static final String GOOD = """
            {"button":[
              {"name":"办事服务","sub_button":[
                {"type":"click","name":"闯红灯罚吗","key":"faq:traffic-red-light"},
                {"type":"click","name":"我的工单","key":"tickets"},
                {"type":"click","name":"知晓率问卷","key":"survey:awareness-2026"},
                {"type":"view","name":"区政府网站","url":"https://www.example.gov.cn/"}]},
              {"type":"click","name":"志愿活动","key":"volunteer"},
              {"type":"click","name":"订阅通知","key":"subscribe:测评提醒"}]}""";

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;
    AdminClient admin;

    @BeforeEach
    void connect() {
        admin = new AdminClient(port);
    }

    @Test
    void aPublishedMenuIsReadBackAsWechatsJsonAndShownInTheSandboxOutbox() {
        AdminClient.Response put = admin.put("/api/admin/wechat/menu", GOOD);
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        JsonNode live = admin.get("/api/admin/wechat/menu").json();
        assertThat(live.path("button")).hasSize(3);
        JsonNode services = live.path("button").get(0);
        assertThat(services.path("name").asString()).isEqualTo("办事服务");
        assertThat(services.has("type")).isFalse();
        assertThat(services.path("sub_button").get(0).path("key").asString()).isEqualTo("faq:traffic-red-light");
        assertThat(services.path("sub_button").get(3).path("url").asString()).isEqualTo("https://www.example.gov.cn/");
        assertThat(services.path("sub_button").get(3).has("key")).isFalse();
        assertThat(live.path("button").get(2).path("key").asString()).isEqualTo("subscribe:测评提醒");

        JsonNode outbox = admin.get("/simulator/outbox?limit=20").json();
        assertThat(outbox.valueStream().filter(m -> m.path("channel").asString().equals("menu")).findFirst())
                .hasValueSatisfying(m -> assertThat(m.path("text").asString())
                        .isEqualTo("自定义菜单已发布：办事服务（闯红灯罚吗、我的工单、知晓率问卷、区政府网站）｜志愿活动｜订阅通知"));
    }

    @Test
    void badMenusAre400InChineseAndLeaveTheLiveMenuAsItWas() {
        assertThat(admin.put("/api/admin/wechat/menu", GOOD).status()).isEqualTo(200);
        String stored = redis.get(SANDBOX_MENU);
        String live = admin.get("/api/admin/wechat/menu").body();
        Set<String> keys = RedisKeys.all(redis);

        String[][] bad = {
                {"""
                        {"button":[{"type":"click","name":"一","key":"tickets"},{"type":"click","name":"二","key":"tickets"},
                         {"type":"click","name":"三","key":"tickets"},{"type":"click","name":"四","key":"tickets"}]}""",
                        "一级菜单最多 3 个，现在有 4 个。"},
                {"""
                        {"button":[{"type":"click","name":"查看我的工单","key":"tickets"}]}""",
                        "一级菜单“查看我的工单”太长：手机上最多显示 4 个汉字或 8 个字母数字。"},
                {"""
                        {"button":[{"type":"click","name":"工单","key":"order:1"}]}""",
                        "菜单“工单”的 key“order:1”无法识别。可用的 key：faq:问答编号、survey:问卷编号、tickets（我的工单）、volunteer（志愿活动）、subscribe:通知主题。"},
                {"""
                        {"button":[{"type":"click","name":"问答","key":"faq:no-such-entry"}]}""",
                        "菜单“问答”指向的问答“no-such-entry”不存在，请检查问答编号。"},
                {"""
                        {"button":[{"type":"click","name":"问卷","key":"survey:no-such-survey"}]}""",
                        "菜单“问卷”指向的问卷“no-such-survey”不存在，请检查问卷编号。"},
                {"""
                        {"button":[{"type":"view","name":"官网","url":"ftp://www.example.gov.cn/"}]}""",
                        "链接菜单“官网”的网址须以 http:// 或 https:// 开头。"},
                {"""
                        {"button":[]}""", "菜单至少要有一个按钮。"},
        };
        for (String[] b : bad) {
            AdminClient.Response r = admin.put("/api/admin/wechat/menu", b[0]);
            assertThat(r.status()).as(b[0]).isEqualTo(400);
            assertThat(r.json().path("detail").asString()).isEqualTo(b[1]);
            assertThat(r.json().path("title").asString()).isEqualTo("菜单有误，未发布");
        }
        assertThat(redis.get(SANDBOX_MENU)).isEqualTo(stored);
        assertThat(admin.get("/api/admin/wechat/menu").body()).isEqualTo(live);
        assertThat(RedisKeys.addedSince(redis, keys)).isEmpty();
    }

    @Test
    void aBodyThatIsNotAMenuIs400InChinese() {
        AdminClient.Response r = admin.put("/api/admin/wechat/menu", "{\"button\": \"我的工单\"");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asString()).startsWith("菜单内容无法识别：请发送微信菜单格式的 JSON");
    }
}
