package org.civicchat.survey;

import org.civicchat.support.AdminClient;
import org.civicchat.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin survey API: clear 400s for bad definitions, 404 for unknown surveys, protected by sign-in. */
@AppTest
class SurveysApiTest {

    @LocalServerPort
    int port;
    AdminClient admin;

    @BeforeEach
    void connect() {
        admin = new AdminClient(port);
    }

    private AdminClient.Response create(String json) {
        return admin.post("/api/admin/surveys", json);
    }

    @Test
    void emptyIdIsRefusedNamingTheField() {
        var r = create("""
                {"id": "", "title": "t", "questions": [{"id": "q1", "kind": "text", "text": "?"}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asString()).isEqualTo("invalid survey");
        assertThat(r.json().get("problems").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void surveyWithoutQuestionsIsRefused() {
        var r = create("""
                {"id": "no-questions", "title": "t", "questions": []}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"questions\"").contains("at least one question");
    }

    @Test
    void choiceQuestionWithoutOptionsIsRefused() {
        var r = create("""
                {"id": "no-options", "title": "t", "questions": [{"id": "q1", "kind": "single", "text": "?"}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("questions[0].options").contains("at least two options");
    }

    @Test
    void correctOptionOutOfRangeIsRefused() {
        var r = create("""
                {"id": "bad-correct", "title": "t", "questions": [
                  {"id": "q1", "kind": "single", "text": "?", "options": ["a", "b"], "correct": 2}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("questions[0].correct").contains("from 0 to 1, was 2");
    }

    @Test
    void unknownKindAndShowIfOnALaterQuestionAreRefused() {
        var r = create("""
                {"id": "bad-kind", "title": "t", "questions": [
                  {"id": "q1", "kind": "essay", "text": "?"},
                  {"id": "q2", "kind": "text", "text": "?", "showIf": {"question": "q3", "anyOf": [0]}}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("questions[0].kind").contains("questions[1].showIf.question");
    }

    @Test
    void questionTooLongForOneWechatReplyIsRefused() {
        String longText = "文明".repeat(400);
        var r = create("""
                {"id": "too-long", "title": "t", "questions": [{"id": "q1", "kind": "text", "text": "%s"}]}"""
                .formatted(longText));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("questions[0]").contains("over WeChat's limit");
    }

    @Test
    void malformedJsonIsAClearBadRequest() {
        var r = create("{\"id\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asString()).contains("not a survey");
    }

    @Test
    void unknownSurveyIsNotFound() {
        assertThat(admin.get("/api/admin/surveys/nope-404/results").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/surveys/nope-404/results.csv").status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/surveys/nope-404/close", "").status()).isEqualTo(404);
    }

    @Test
    void shippedAwarenessSurveyIsLoadedFromYamlAndListed() {
        var list = admin.get("/api/admin/surveys");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":\"awareness-2026\"");
        var def = admin.get("/api/admin/surveys/awareness-2026").json();
        assertThat(def.get("questions").size()).isBetween(6, 8);
    }

    @Test
    void surveysNeedAnAdminSignIn() {
        assertThat(admin.anonymousGet("/api/admin/surveys").status()).isEqualTo(401);
    }
}
