package org.civicchat.volunteer;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.notice.ResidentNotifier;
import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Residents finding, joining and checking in to activities through the real portal; the office's roster. */
@AppTest
class VolunteerChatTest {

    @LocalServerPort
    int port;
    @Autowired
    ReminderJob reminders;
    @Autowired
    ResidentNotifier notifier;
    @Autowired
    org.civicchat.ticket.StaffTickets tickets;
    PortalClient portal;
    AdminClient admin;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
        admin = new AdminClient(port);
    }

    private static String resident() {
        return "o-vol-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String iso(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(8)).toString();
    }

    /** Publishes an activity; returns {id, checkInCode}. */
    private String[] publish(String title, String community, int quota, Instant start, Duration length,
                             boolean needsPhone) {
        var r = admin.post("/api/admin/volunteer/activities", """
                {"title": "%s", "description": "清扫楼道、整理绿地", "place": "幸福社区党群服务中心", "community": "%s",
                 "startsAt": "%s", "endsAt": "%s", "quota": %d, "needsPhone": %s, "contact": "王老师"}"""
                .formatted(title, community, iso(start), iso(start.plus(length)), quota, needsPhone));
        assertThat(r.status()).isEqualTo(201);
        return new String[]{r.json().get("id").asString(), r.json().get("checkInCode").asString()};
    }

    /** The number the list gives this title. */
    private static String numberOf(String list, String title) {
        Matcher m = Pattern.compile("(?m)^(\\d+)\\. " + Pattern.quote(title) + "$").matcher(list);
        assertThat(m.find()).as("'%s' in the list:%n%s", title, list).isTrue();
        return m.group(1);
    }

    /** Tells the notices (as the office does) that these residents live in the community. */
    private void livesIn(String community, String... openids) {
        var r = admin.put("/api/admin/notices/groups/community/" + java.net.URLEncoder.encode(community,
                java.nio.charset.StandardCharsets.UTF_8), "{\"openids\": [\"" + String.join("\", \"", openids) + "\"]}");
        assertThat(r.status()).isEqualTo(200);
    }

    private String outbox(String who) {
        return portal.get("/simulator/outbox?openid=" + who).body();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private void awaitOutbox(String who, String part) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> outbox(who).contains(part));
    }

    @Test
    void residentsSignUpWaitArePromotedRemindedCheckInAndTheOfficeSeesRosterHoursAndFigures() {
        String title = "清洁家园" + suffix();
        String community = "幸福社区" + suffix();
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        String[] created = publish(title, community, 2, start, Duration.ofMinutes(150), true);
        String id = created[0];
        String zhang = resident();
        String li = resident();
        String wang = resident();
        livesIn(community, zhang, li, wang);

        String list = portal.ask(zhang, "志愿活动");
        assertThat(list).startsWith("近期志愿活动：").contains("幸福社区党群服务中心 · 剩余2个名额");
        String n = numberOf(list, title);
        assertThat(portal.ask(zhang, n)).contains("需要登记姓名和手机号").endsWith("请回复您的姓名（仅活动组织者可见）：");
        assertThat(portal.ask(zhang, "你好")).doesNotContain("谢谢，").doesNotContain("报名成功");
        assertThat(portal.ask(zhang, "张三")).startsWith("谢谢，张三。请回复您的11位手机号");
        assertThat(portal.ask(zhang, "1380013800")).doesNotContain("报名成功");
        String joined = portal.ask(zhang, "13800138000");
        assertThat(joined).startsWith("报名成功！\n活动：" + title).contains("地点：幸福社区党群服务中心")
                .contains("取消报名 " + n);

        assertThat(numberOf(portal.ask(li, "志愿活动"), title)).isEqualTo(n);
        portal.ask(li, "报名 " + n);
        assertThat(portal.ask(li, "李四 13900139000")).startsWith("报名成功！");

        numberOf(portal.ask(wang, "志愿活动"), title);
        portal.ask(wang, "报名 " + n);
        portal.ask(wang, "王五");
        assertThat(portal.ask(wang, "13700137000")).isEqualTo("很抱歉，“" + title + "”的2个名额已满。回复“候补 " + n
                + "”加入候补名单，有人取消时按顺序递补，我们会通知您。");
        assertThat(portal.ask(wang, "候补 " + n)).isEqualTo("已加入“" + title + "”的候补名单，您排在第1位。有人取消时按顺序递补，我们会通知您。");

        JsonNode roster = admin.get("/api/admin/volunteer/activities/" + id + "/roster").json();
        assertThat(roster.get("signedUp")).hasSize(2);
        assertThat(roster.get("signedUp").get(0).get("name").asString()).isEqualTo("张三");
        assertThat(roster.get("signedUp").get(0).get("phone").asString()).isEqualTo("138****8000");
        assertThat(roster.get("waitlist").get(0).get("name").asString()).isEqualTo("王五");
        assertThat(admin.get("/api/admin/volunteer/activities/" + id + "/roster?phones=full").body()).contains("13800138000");

        assertThat(portal.ask(zhang, "取消报名 " + n)).startsWith("已取消“" + title + "”的报名");
        awaitOutbox(wang, "您已从候补转为正式报名“" + title + "”");

        reminders.run(start.minus(Duration.ofHours(23)));
        reminders.run(start.minus(Duration.ofHours(22)));
        reminders.run(start.minus(Duration.ofMinutes(90)));
        reminders.run(start.minus(Duration.ofMinutes(60)));
        for (String who : new String[]{li, wang}) {
            notifier.tell(new ResidentNotice(who, "test-marker:" + who, "测试标记：提醒之后", "volunteer", Map.of(), null));
            awaitOutbox(who, "测试标记：提醒之后");
            String box = outbox(who);
            assertThat(count(box, "【明日活动提醒】您报名的“" + title + "”")).isEqualTo(1);
            assertThat(count(box, "【活动即将开始】您报名的“" + title + "”")).isEqualTo(1);
        }
        assertThat(count(outbox(zhang), "活动提醒】")).isZero();

        Instant soon = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        var edited = admin.put("/api/admin/volunteer/activities/" + id, """
                {"title": "%s", "place": "幸福社区东门广场", "community": "%s", "startsAt": "%s", "endsAt": "%s",
                 "quota": 2, "needsPhone": true}""".formatted(title, community, iso(soon), iso(soon.plus(Duration.ofMinutes(150)))));
        assertThat(edited.status()).isEqualTo(200);
        awaitOutbox(li, "【活动变更】您报名的“" + title + "”时间或地点有调整");
        assertThat(outbox(li)).contains("地点：幸福社区东门广场");

        String code = created[1];
        assertThat(portal.ask(li, "签到 099999")).isEqualTo("签到码不正确，请核对现场公布的6位签到码后重新发送。");
        assertThat(portal.ask(li, "签到 " + code)).isEqualTo("签到成功！欢迎参加“" + title + "”，本次活动计2.5小时志愿服务时长。发送“我的志愿”可查看累计时长。");
        assertThat(portal.ask(li, "签到 " + code)).isEqualTo("您已经签到过“" + title + "”了，无需重复签到。");
        assertThat(portal.ask(zhang, "签到 " + code)).isEqualTo("您没有报名“" + title + "”，暂不能签到。请联系现场组织者。");

        roster = admin.get("/api/admin/volunteer/activities/" + id + "/roster").json();
        assertThat(roster.get("checkedIn").asLong()).isEqualTo(1);
        assertThat(roster.get("hours").asDouble()).isEqualTo(2.5);
        int liNo = roster.get("signedUp").get(0).get("no").asInt();
        assertThat(roster.get("signedUp").get(0).get("name").asString()).isEqualTo("李四");
        assertThat(admin.put("/api/admin/volunteer/activities/" + id + "/roster/" + liNo + "/hours", "{\"hours\": 3}").status())
                .isEqualTo(200);
        assertThat(admin.get("/api/admin/volunteer/activities/" + id + "/roster").json().get("hours").asDouble()).isEqualTo(3.0);
        assertThat(portal.ask(li, "我的志愿")).contains("1. " + title).contains("已签到，3小时").contains("累计服务时长：3小时");

        String csv = admin.get("/api/admin/volunteer/activities/" + id + "/roster.csv").body();
        assertThat(csv).contains("\"李四\",\"139****9000\"").contains("已签到").doesNotContain("13900139000");
        assertThat(admin.get("/api/admin/volunteer/activities/" + id + "/roster.csv?phones=full").body()).contains("13900139000");
        var xlsx = admin.get("/api/admin/volunteer/activities/" + id + "/roster.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");

        JsonNode figures = admin.get("/api/admin/dashboard").json().get("volunteer");
        JsonNode row = null;
        for (JsonNode r : figures.get("byCommunity")) {
            if (r.get("key").asString().equals(community)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("activities").asLong()).isEqualTo(1);
        assertThat(row.get("signedUp").asLong()).isEqualTo(2);
        assertThat(row.get("checkedIn").asLong()).isEqualTo(1);
        assertThat(row.get("turnout").asDouble()).isEqualTo(0.5);
        assertThat(row.get("hours").asDouble()).isEqualTo(3.0);
        assertThat(admin.get("/api/admin/dashboard").json().get("survey")).isNotNull();
    }

    @Test
    void badInputGetsAClearReplyAndChangesNothing() {
        String title = "文明劝导" + suffix();
        String community = "和平社区" + suffix();
        String[] created = publish(title, community, 5, Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(2), false);
        String who = resident();
        livesIn(community, who);
        String n = numberOf(portal.ask(who, "志愿活动"), title);
        assertThat(portal.ask(who, "报名 99")).startsWith("没有第99个活动，请回复1–");
        assertThat(portal.ask(who, "报名 " + n)).startsWith("报名成功！");
        assertThat(portal.ask(who, "报名 " + n)).startsWith("您已经报名了“" + title + "”，无需重复报名");
        assertThat(portal.ask(who, "签到 12345")).isEqualTo("签到码是6位数字，请按“签到 123456”的格式发送。");
        assertThat(portal.ask(who, "签到 " + created[1])).startsWith("“" + title + "”还没到签到时间，活动开始前30分钟起可以签到");
        assertThat(portal.ask(who, "取消报名 99")).startsWith("没有第99个活动");
        JsonNode activity = admin.get("/api/admin/volunteer/activities/" + created[0]).json();
        assertThat(activity.get("signedUp").asLong()).isEqualTo(1);
        assertThat(activity.get("checkedIn").asLong()).isZero();
    }

    @Test
    void menuKeyListsActivitiesAndMyVolunteeringShowsNothingYet() {
        String title = "关爱老人" + suffix();
        String community = "和平社区" + suffix();
        publish(title, community, 5, Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(2), false);
        String who = resident();
        livesIn(community, who);
        String list = portal.replyText(portal.encrypted(Messages.event(who, "CLICK", "volunteer")));
        numberOf(list, title);
        assertThat(portal.ask(resident(), "我的志愿")).isEqualTo("您还没有报名志愿活动。发送“志愿活动”查看近期活动。");
    }

    @Test
    void cancellingAnActivityTellsEveryoneSignedUp() {
        String title = "植树护绿" + suffix();
        String community = "和平社区" + suffix();
        String[] created = publish(title, community, 5, Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(2), false);
        String who = resident();
        livesIn(community, who);
        portal.ask(who, "报名 " + numberOf(portal.ask(who, "志愿活动"), title));
        assertThat(admin.post("/api/admin/volunteer/activities/" + created[0] + "/cancel", "").json()
                .get("status").asString()).isEqualTo("cancelled");
        awaitOutbox(who, "【活动取消】很抱歉，您报名的“" + title + "”");
        assertThat(portal.ask(who, "志愿活动")).doesNotContain(title);
    }

    @Test
    void aPendingTicketRatingKeepsItsNumberEvenRightAfterTheActivityList() {
        String title = "社区议事" + suffix();
        String community = "和平社区" + suffix();
        publish(title, community, 5, Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(2), false);
        String who = resident();
        livesIn(community, who);
        Matcher filed = Pattern.compile("WM\\d{8}-\\d{4}").matcher(portal.ask(who, "文化路" + suffix() + "号烧烤摊油烟直排"));
        assertThat(filed.find()).isTrue();
        String number = filed.group();
        var staff = org.civicchat.ticket.Actor.staff("vol-test");
        tickets.assign(number, null, null, "孙七", staff, null);
        tickets.transition(number, org.civicchat.ticket.TicketStatus.IN_PROGRESS, staff, null, null, null);
        tickets.transition(number, org.civicchat.ticket.TicketStatus.RESOLVED, staff, "已要求安装净化器", null, null);
        assertThat(numberOf(portal.ask(who, "志愿活动"), title)).isEqualTo("1");
        assertThat(portal.ask(who, "1")).doesNotContain("报名成功");
        assertThat(tickets.get(number).rating()).isEqualTo(1);
        assertThat(portal.ask(who, "1")).startsWith("报名成功！\n活动：" + title);
    }
}
