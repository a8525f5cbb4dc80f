package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.civicchat.support.RedisKeys;
import org.civicchat.support.UniqueIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.UnifiedJedis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request the console API refuses gets a 400 RFC 9457 problem whose detail an operator can read in Chinese,
 * the bad fields under {@code errors}, and writes nothing to Redis.
 */
@AppTest
class ConsoleProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    UnifiedJedis redis;

    @Test
    void aSurveyWithoutTitleAndWithADuplicateQuestionIdIsRefusedInChineseNamingEachField() {
        String id = "bad-" + UniqueIds.name();
        Set<String> before = RedisKeys.all(redis);
        HttpResponse<String> r = admin().postJson("/api/admin/surveys", """
                {"id": "%s", "title": " ", "questions": [
                  {"id": "q1", "kind": "single", "text": "您去过文明实践站吗？", "options": ["去过", "没去过"]},
                  {"id": "q1", "kind": "text", "text": "还有什么建议？"}]}""".formatted(id));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("detail").asString()).isEqualTo("请填写问卷标题；第 2 题的编号“q1”与前面的题重复");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(body.get("errors").get(1).get("field").asString()).isEqualTo("questions[1].id");
        assertThat(body.get("error").asString()).isEqualTo("invalid survey");
        assertThat(RedisKeys.addedSince(redis, before)).isEmpty();
        assertThat(admin().get("/api/admin/surveys/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aSurveyQuestionOfUnknownKindAndWithoutTextIsRefusedByItsConstraints() {
        Set<String> before = RedisKeys.all(redis);
        HttpResponse<String> r = admin().postJson("/api/admin/surveys", """
                {"id": "kind-%s", "title": "社区调查", "questions": [{"id": "q1", "kind": "essay", "text": ""}]}"""
                .formatted(UniqueIds.name()));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("detail").asString())
                .isEqualTo("题型须为单选（single）、多选（multi）、评分（rating）或填空（text）；请填写题目内容");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("questions[0].kind");
        assertThat(body.get("errors").get(1).get("field").asString()).isEqualTo("questions[0].text");
        assertThat(RedisKeys.addedSince(redis, before)).isEmpty();
    }

    @Test
    void aNoticeWithoutBodyIsRefusedInChineseAndNothingIsQueued() {
        Set<String> before = RedisKeys.all(redis);
        HttpResponse<String> r = admin().postJson("/api/admin/notices",
                "{\"title\":\"停水通知\",\"body\":\"  \",\"audience\":{\"type\":\"all\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("detail").asString()).isEqualTo("请填写通知正文，最多 600 个字。");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(body.get("field").asString()).isEqualTo("body");
        assertThat(RedisKeys.addedSince(redis, before)).isEmpty();
    }

    @Test
    void aTicketBodyThatIsNotJsonIsRefusedInChinese() {
        Set<String> before = RedisKeys.all(redis);
        HttpResponse<String> r = admin().postJson("/api/admin/tickets/WM20200101-0001/notes", "{\"note\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("detail").asString()).isEqualTo("请求内容不是有效的 JSON，请检查后重试。");
        assertThat(body.get("error").asString()).isEqualTo("bad_request");
        assertThat(RedisKeys.addedSince(redis, before)).isEmpty();
    }

    @Test
    void anActivityMissingItsFieldsListsEachInChinese() {
        Set<String> before = RedisKeys.all(redis);
        HttpResponse<String> r = admin().postJson("/api/admin/volunteer/activities", "{\"title\":\"清洁家园\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("detail").asString()).isEqualTo("请填写结束时间；请填写地点；请填写名额；请填写开始时间");
        assertThat(body.get("errors").size()).isEqualTo(4);
        assertThat(body.get("errors").get(1).get("field").asString()).isEqualTo("place");
        assertThat(body.get("errors").get(1).get("message").asString()).isEqualTo("请填写地点");
        assertThat(body.get("fields").get("place").asString()).isEqualTo("请填写地点");
        assertThat(RedisKeys.addedSince(redis, before)).isEmpty();
    }

    @Test
    void anAnalysisWithoutTextIsRefusedInChinese() {
        HttpResponse<String> r = admin().postJson("/api/admin/nlu/analyze", "{}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("detail").asString()).isEqualTo("请填写要分析的文字。");
    }

    private StaffHttp admin() {
        return new StaffHttp(port).basic("admin", "test-admin-password");
    }
}
