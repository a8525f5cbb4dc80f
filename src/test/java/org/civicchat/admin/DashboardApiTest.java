package org.civicchat.admin;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.civicchat.shared.ResidentEvents;
import org.civicchat.support.AppTest;
import org.civicchat.support.UniqueIds;
import org.civicchat.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class DashboardApiTest {

    static final String ADMIN_PASSWORD = "test-admin-password";
    static final ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    StaffHttp admin;

    @BeforeEach
    void signIn() {
        admin = new StaffHttp(port).basic("admin", ADMIN_PASSWORD);
    }

    private JsonNode dashboard() {
        var r = admin.get("/api/admin/dashboard");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private StaffHttp staff(String role) {
        String name = "dash-" + role + "-" + UniqueIds.name();
        assertThat(admin.postJson("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"" + role + "\"],\"department\":\"区城市管理局\"}").statusCode()).isEqualTo(201);
        return new StaffHttp(port).basic(name, "long-enough-pw");
    }

    @Test
    void countsTodaysMessagesByTheRouteTheyTook() throws Exception {
        JsonNode before = dashboard().path("messages").path("today");
        PortalClient portal = new PortalClient(port);
        portal.ask("o-dash-resident-1", "你好");
        portal.ask("o-dash-resident-1", "你好呀");
        portal.ask("o-dash-resident-2", "人民公园北门的路灯坏了好几天了");

        JsonNode after = dashboard().path("messages").path("today");
        assertThat(after.path("total").asLong()).isEqualTo(before.path("total").asLong() + 3);
        assertThat(after.path("routes").path("greeting").asLong())
                .isEqualTo(before.path("routes").path("greeting").asLong() + 2);
        assertThat(after.path("routes").path("complaint").asLong())
                .isEqualTo(before.path("routes").path("complaint").asLong() + 1);
    }

    @Test
    void subscriptionsAreCountedApartFromMessages() throws Exception {
        JsonNode before = dashboard().path("messages");
        new PortalClient(port).encrypted(org.civicchat.support.Messages.event("o-dash-follower", "subscribe", null));

        JsonNode after = dashboard().path("messages");
        assertThat(after.path("subscribedToday").asLong()).isEqualTo(before.path("subscribedToday").asLong() + 1);
        assertThat(after.path("today").path("total").asLong()).isEqualTo(before.path("today").path("total").asLong());
    }

    @Test
    void questionsAskedInTheChatCountTowardsTheFaqFigures() {
        JsonNode before = dashboard().path("faq").path("today");
        new PortalClient(port).ask("o-dash-asker", "志愿者怎么注册？");
        JsonNode after = dashboard().path("faq").path("today");
        assertThat(after.path("total").asLong()).isEqualTo(before.path("total").asLong() + 1);
    }

    @Test
    void everyFaqOutcomeIsCountedToday() throws Exception {
        JsonNode before = dashboard().path("faq").path("today");
        long now = System.currentTimeMillis();
        events.publishEvent(new ResidentEvents.QuestionDecided("answer", now));
        events.publishEvent(new ResidentEvents.QuestionDecided("passage", now));
        events.publishEvent(new ResidentEvents.QuestionDecided("clarify", now));
        events.publishEvent(new ResidentEvents.QuestionDecided("refuse", now));

        JsonNode after = dashboard().path("faq").path("today");
        long total = after.path("total").asLong();
        assertThat(total).isEqualTo(before.path("total").asLong() + 4);
        assertThat(after.path("refuse").asLong()).isEqualTo(before.path("refuse").asLong() + 1);
        assertThat(after.path("answer").asLong()).isEqualTo(before.path("answer").asLong() + 1);
        assertThat(after.path("passage").asLong()).isEqualTo(before.path("passage").asLong() + 1);
        assertThat(after.path("clarify").asLong()).isEqualTo(before.path("clarify").asLong() + 1);
        assertThat(after.path("answerRate").isNumber()).isTrue();
    }

    @Test
    void ticketsFiledAndResolvedTodayAreCountedWithTheirCategoryAndTimeToResolve() throws Exception {
        JsonNode before = dashboard().path("tickets");
        String place = "榆树路" + (100 + System.nanoTime() / 1000 % 9000) + "号";
        String reply = new PortalClient(port).ask("o-dash-filer", place + "门口有人遛狗不拴绳，还不清理狗粪");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("WM\\d{8}-\\d{4}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        String number = m.group();

        JsonNode filed = dashboard().path("tickets");
        assertThat(filed.path("openedToday").asLong()).isEqualTo(before.path("openedToday").asLong() + 1);
        assertThat(filed.path("open").asLong()).isEqualTo(before.path("open").asLong() + 1);
        assertThat(category(filed, "pets").path("open").asLong()).isEqualTo(category(before, "pets").path("open").asLong() + 1);

        for (String to : new String[]{"accepted", "assigned", "in_progress"}) {
            assertThat(admin.postJson("/api/admin/tickets/" + number + "/transitions", "{\"to\":\"" + to + "\"}")
                    .statusCode()).isEqualTo(200);
        }
        assertThat(admin.postJson("/api/admin/tickets/" + number + "/transitions",
                "{\"to\":\"resolved\",\"note\":\"已联系养犬人并清理\"}").statusCode()).isEqualTo(200);

        JsonNode resolved = dashboard().path("tickets");
        assertThat(resolved.path("resolvedToday").asLong()).isEqualTo(before.path("resolvedToday").asLong() + 1);
        assertThat(resolved.path("open").asLong()).isEqualTo(before.path("open").asLong());
        assertThat(category(resolved, "pets").path("resolved").asLong())
                .isEqualTo(category(before, "pets").path("resolved").asLong() + 1);
        assertThat(resolved.path("avgResolveHours").isNumber()).isTrue();
    }

    /** Creates a survey; {@code correct} false makes it a poll without correct answers. */
    private String survey(String title, boolean correct, boolean rating) {
        String id = "dash-survey-" + UniqueIds.name();
        String awareness = correct ? ",\"correct\":1" : "";
        String q3 = rating ? ",{\"id\":\"q3\",\"kind\":\"rating\",\"text\":\"您对小区垃圾分类工作满意吗？\"}" : "";
        assertThat(admin.postJson("/api/admin/surveys", "{\"id\":\"" + id + "\",\"title\":\"" + title + "\","
                + "\"questions\":[{\"id\":\"q1\",\"kind\":\"single\",\"text\":\"废电池属于哪类垃圾？\","
                + "\"options\":[\"可回收物\",\"有害垃圾\"]" + awareness + "},"
                + "{\"id\":\"q2\",\"kind\":\"single\",\"text\":\"您参加过垃圾分类志愿活动吗？\","
                + "\"options\":[\"参加过\",\"没有\"],\"participating\":[0]}" + q3 + "]}").statusCode()).isEqualTo(201);
        return id;
    }

    private void answer(String surveyId, String... answers) {
        PortalClient chat = new PortalClient(port);
        String resident = "o-dash-survey-" + UniqueIds.name();
        chat.ask(resident, "问卷 " + surveyId);
        for (String a : answers) {
            chat.ask(resident, a);
        }
    }

    private JsonNode measure(JsonNode dashboard, String key) {
        for (JsonNode m : dashboard.path("campaign").path("measures")) {
            if (m.path("key").asText().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + key + " in " + dashboard.path("campaign"));
    }

    @Test
    void surveyFiguresComeFromTheMarkedSurveyNotTheNewest() {
        String measured = survey("垃圾分类知晓率", true, true);
        answer(measured, "2", "1", "5");
        answer(measured, "1", "2", "4");
        answer(measured, "2", "2", "2");
        answer(measured, "2", "1", "5");
        assertThat(admin.putJson("/api/admin/surveys/" + measured + "/campaign", "").statusCode()).isEqualTo(200);
        String poll = survey("垃圾分类意见征集", false, false);
        answer(poll, "1", "2");

        JsonNode d = dashboard();
        JsonNode survey = d.path("survey");
        assertThat(survey.path("id").asText()).isEqualTo(measured);
        assertThat(survey.path("responses").asLong()).isEqualTo(4);
        assertThat(survey.path("awareness").path("rate").asDouble()).isEqualTo(0.75);
        assertThat(survey.path("participation").path("rate").asDouble()).isEqualTo(0.5);
        assertThat(survey.path("campaignMeasure").asBoolean()).isTrue();
        assertThat(d.path("campaign").path("marked").asBoolean()).isTrue();
        assertThat(d.path("campaign").path("title").asText()).isEqualTo("垃圾分类知晓率");

        JsonNode awareness = measure(d, "awareness");
        assertThat(awareness.path("name").asText()).isEqualTo("知晓率");
        assertThat(awareness.path("hits").asLong()).isEqualTo(3);
        assertThat(awareness.path("of").asLong()).isEqualTo(4);
        assertThat(awareness.path("rate").asDouble()).isEqualTo(0.75);
        assertThat(awareness.path("target").asDouble()).isEqualTo(0.90);
        assertThat(awareness.path("reached").asBoolean()).isFalse();
        JsonNode participation = measure(d, "participation");
        assertThat(participation.path("rate").asDouble()).isEqualTo(0.5);
        assertThat(participation.path("target").asDouble()).isEqualTo(0.80);
        assertThat(participation.path("reached").asBoolean()).isFalse();
        JsonNode satisfaction = measure(d, "satisfaction");
        assertThat(satisfaction.path("hits").asLong()).isEqualTo(3);
        assertThat(satisfaction.path("of").asLong()).isEqualTo(4);
        assertThat(satisfaction.path("rate").asDouble()).isEqualTo(0.75);
        assertThat(satisfaction.path("target").asDouble()).isEqualTo(0.90);
    }

    @Test
    void aMeasureAtItsTargetIsReachedAndOneWithoutSuchQuestionsIsNotApplicable() {
        String measured = survey("文明养犬知晓率", true, false);
        for (int i = 0; i < 9; i++) {
            answer(measured, "2", "1");
        }
        answer(measured, "1", "2");
        assertThat(admin.putJson("/api/admin/surveys/" + measured + "/campaign", "").statusCode()).isEqualTo(200);

        JsonNode d = dashboard();
        assertThat(measure(d, "awareness").path("rate").asDouble()).isEqualTo(0.9);
        assertThat(measure(d, "awareness").path("reached").asBoolean()).isTrue();
        assertThat(measure(d, "participation").path("rate").asDouble()).isEqualTo(0.9);
        assertThat(measure(d, "participation").path("reached").asBoolean()).isTrue();
        JsonNode satisfaction = measure(d, "satisfaction");
        assertThat(satisfaction.path("applicable").asBoolean()).isFalse();
        assertThat(satisfaction.path("rate").isNull()).isTrue();
        assertThat(satisfaction.path("reached").isNull()).isTrue();
    }

    @Test
    void withoutAMarkedSurveyTheDashboardSaysSoInsteadOfShowingZero() {
        String measured = survey("垃圾分类知晓率", true, false);
        assertThat(admin.putJson("/api/admin/surveys/" + measured + "/campaign", "").statusCode()).isEqualTo(200);
        assertThat(admin.delete("/api/admin/surveys/" + measured + "/campaign").statusCode()).isEqualTo(200);

        JsonNode d = dashboard();
        assertThat(d.path("survey").isNull()).isTrue();
        assertThat(d.path("campaign").path("marked").asBoolean()).isFalse();
        assertThat(d.path("campaign").path("measures").size()).isZero();
        assertThat(d.path("campaign").path("note").asText()).isEqualTo(
                "尚未指定测评问卷：请在“问卷”中打开用于测评的问卷，点“设为测评问卷”，这里就会显示它的知晓率、参与率和满意度。");
    }

    @Test
    void aPollWithoutCorrectAnswersCannotBeMarkedAndTheMarkStaysWhereItWas() {
        String measured = survey("垃圾分类知晓率", true, false);
        assertThat(admin.putJson("/api/admin/surveys/" + measured + "/campaign", "").statusCode()).isEqualTo(200);
        String poll = survey("垃圾分类意见征集", false, false);

        var refused = admin.putJson("/api/admin/surveys/" + poll + "/campaign", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).isEqualTo("《垃圾分类意见征集》没有设正确答案的题目，"
                + "无法计算知晓率，不能设为测评问卷。请选一份含知晓题（填写了正确答案）的问卷，或复制这份问卷、为知晓题填上正确答案后再设。");
        assertThat(dashboard().path("campaign").path("surveyId").asText()).isEqualTo(measured);
        assertThat(JSON.readTree(admin.get("/api/admin/surveys/campaign").body()).path("id").asText()).isEqualTo(measured);
    }

    @Test
    void markingAnotherSurveyMovesTheMarkAndTheListShowsWhichOne() {
        String first = survey("第一季度知晓率", true, false);
        String second = survey("第二季度知晓率", true, false);
        assertThat(admin.putJson("/api/admin/surveys/" + first + "/campaign", "").statusCode()).isEqualTo(200);
        var moved = admin.putJson("/api/admin/surveys/" + second + "/campaign", "");
        assertThat(JSON.readTree(moved.body()).path("campaignMeasure").asBoolean()).isTrue();
        // taking the mark off a survey that does not carry it leaves it where it is
        assertThat(admin.delete("/api/admin/surveys/" + first + "/campaign").statusCode()).isEqualTo(200);

        JsonNode list = JSON.readTree(admin.get("/api/admin/surveys").body());
        java.util.List<String> marked = new java.util.ArrayList<>();
        list.forEach(s -> {
            if (s.path("campaignMeasure").asBoolean()) {
                marked.add(s.path("id").asText());
            }
        });
        assertThat(marked).containsExactly(second);
    }

    @Test
    void markingAnUnknownSurveyIsRefusedInChinese() {
        var r = admin.putJson("/api/admin/surveys/no-such-survey-" + UniqueIds.name() + "/campaign", "");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).path("detail").asText()).startsWith("没有编号为“no-such-survey-");
    }

    private static JsonNode category(JsonNode tickets, String id) {
        for (JsonNode c : tickets.path("byCategory")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no category " + id + " in " + tickets);
    }

    @Test
    void dashboardIsForTheOfficeOnly() {
        assertThat(staff("operator").get("/api/admin/dashboard").statusCode()).isEqualTo(200);
        assertThat(staff("handler").get("/api/admin/dashboard").statusCode()).isEqualTo(403);
        assertThat(new StaffHttp(port).get("/api/admin/dashboard").statusCode()).isEqualTo(401);
    }

    @Test
    void signedInStaffGetTheConsolePageAndTheChartLibrary() {
        StaffHttp browser = new StaffHttp(port);
        assertThat(browser.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        var page = browser.get("/console/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/console/js/console.js");
        var echarts = browser.get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
        assertThat(browser.get("/console/js/pages/dashboard.js").statusCode()).isEqualTo(200);
    }

    @Test
    void consoleScriptsNeedASignIn() {
        assertThat(new StaffHttp(port).get("/console/js/pages/tickets.js").statusCode()).isEqualTo(302);
    }
}
