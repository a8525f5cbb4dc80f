package org.civicchat.admin;

import org.civicchat.survey.NotAMeasure;
import org.civicchat.survey.SurveyService;
import org.civicchat.survey.SurveySummary;
import org.civicchat.survey.UnknownSurvey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which survey measures the campaign: the dashboard's 知晓率, 参与率 and 满意度 come from the survey marked
 * here (one at a time; marking another moves the mark). A survey without correct answers is refused.
 */
@RestController
class CampaignSurveyApi {

    private final SurveyService surveys;

    CampaignSurveyApi(SurveyService surveys) {
        this.surveys = surveys;
    }

    /** The marked survey; 404 when none is marked. */
    @GetMapping("/api/admin/surveys/campaign")
    SurveySummary marked() {
        return surveys.campaign().orElseThrow(() -> new UnknownSurvey(null));
    }

    @PutMapping("/api/admin/surveys/{id}/campaign")
    SurveySummary mark(@PathVariable String id) {
        return surveys.markCampaign(id);
    }

    @DeleteMapping("/api/admin/surveys/{id}/campaign")
    SurveySummary unmark(@PathVariable String id) {
        return surveys.unmarkCampaign(id);
    }

    @ExceptionHandler(NotAMeasure.class)
    ProblemDetail notAMeasure(NotAMeasure e) {
        return problem(HttpStatus.BAD_REQUEST, "不能设为测评问卷", "《" + e.title() + "》没有设正确答案的题目，无法计算知晓率，"
                + "不能设为测评问卷。请选一份含知晓题（填写了正确答案）的问卷，或复制这份问卷、为知晓题填上正确答案后再设。");
    }

    @ExceptionHandler(UnknownSurvey.class)
    ProblemDetail unknown(UnknownSurvey e) {
        return problem(HttpStatus.NOT_FOUND, "没有这份问卷", e.surveyId() == null ? "还没有设定测评问卷。"
                : "没有编号为“" + e.surveyId() + "”的问卷。");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setProperty("message", detail);
        return p;
    }
}
