package org.civicchat.admin;

import org.civicchat.moderation.ModerationService;
import org.civicchat.notice.Audience;
import org.civicchat.notice.InvalidNotice;
import org.civicchat.notice.NoticeRequest;
import org.civicchat.notice.NoticeService;
import org.civicchat.survey.InvalidSurvey;
import org.civicchat.survey.SurveyDefinition;
import org.civicchat.survey.SurveyExists;
import org.civicchat.survey.SurveyResults;
import org.civicchat.survey.SurveyService;
import org.civicchat.survey.SurveySummary;
import org.civicchat.survey.UnknownSurvey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Surveys for the office: create and open, list, close, live results, CSV export. */
@RestController
@RequestMapping("/api/admin/surveys")
class SurveysApi {

    private final SurveyService surveys;
    private final NoticeService notices;
    private final ModerationService moderation;

    SurveysApi(SurveyService surveys, NoticeService notices, ModerationService moderation) {
        this.surveys = surveys;
        this.notices = notices;
        this.moderation = moderation;
    }

    @PostMapping
    ResponseEntity<SurveySummary> create(@RequestBody SurveyDefinition definition) {
        moderation.check(texts(definition));
        return ResponseEntity.status(HttpStatus.CREATED).body(surveys.define(definition));
    }

    @GetMapping
    List<SurveySummary> list() {
        return surveys.list();
    }

    @GetMapping("/{id}")
    SurveyDefinition definition(@PathVariable String id) {
        return surveys.definition(id);
    }

    @PostMapping("/{id}/close")
    SurveySummary close(@PathVariable String id) {
        return surveys.close(id);
    }

    @PostMapping("/{id}/open")
    SurveySummary reopen(@PathVariable String id) {
        return surveys.reopen(id);
    }

    /** Pushes an invitation to the survey as a notice: {"audience": {...}, "sendAt": null}. */
    @PostMapping("/{id}/invite")
    ResponseEntity<Invited> invite(@PathVariable String id, @RequestBody Invitation invitation) {
        SurveyDefinition def = surveys.definition(id);
        String noticeId = notices.send(new NoticeRequest(def.title(), surveys.invitation(id), null,
                invitation.audience() == null ? Audience.all() : invitation.audience(), invitation.sendAt(), null));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Invited(noticeId));
    }

    /** @param notice the invitation's notice id, to follow its delivery */
    record Invited(String notice) {
    }

    /** Everything of a survey residents read: title, intro, outro, each question's text, tip and options. */
    private static List<String> texts(SurveyDefinition d) {
        List<String> out = new java.util.ArrayList<>(java.util.Arrays.asList(d.title(), d.intro(), d.outro()));
        if (d.questions() != null) {
            for (org.civicchat.survey.Question q : d.questions()) {
                if (q != null) {
                    out.add(q.text());
                    out.add(q.tip());
                    if (q.options() != null) {
                        out.addAll(q.options());
                    }
                }
            }
        }
        return out;
    }

    record Invitation(Audience audience, Instant sendAt) {
    }

    @GetMapping("/{id}/results")
    SurveyResults results(@PathVariable String id) {
        return surveys.results(id);
    }

    @GetMapping("/{id}/results.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String id) {
        surveys.definition(id);
        StreamingResponseBody body = out -> surveys.exportCsv(id, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-results.csv\"")
                .body(body);
    }

    /** The results as an Excel workbook: 答卷人, 完成时间 (a date), one column per question. */
    @GetMapping("/{id}/results.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id) {
        List<String> headers = surveys.exportHeaders(id);
        List<XlsxSheet.Column> columns = new java.util.ArrayList<>();
        columns.add(XlsxSheet.Column.text(headers.get(0), 14));
        columns.add(XlsxSheet.Column.time(headers.get(1)));
        headers.stream().skip(2).forEach(h -> columns.add(XlsxSheet.Column.label(h, 40)));
        StreamingResponseBody body = out -> {
            try (XlsxSheet sheet = new XlsxSheet(out, "答卷", columns)) {
                surveys.exportRows(id, row -> {
                    List<Object> cells = new java.util.ArrayList<>();
                    cells.add(row.respondent());
                    cells.add(row.completedAt());
                    cells.addAll(row.answers());
                    try {
                        sheet.add(cells);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        };
        return ResponseEntity.ok()
                .contentType(TicketsXlsx.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-results.xlsx\"")
                .body(body);
    }

    @ExceptionHandler(InvalidSurvey.class)
    ProblemDetail invalid(InvalidSurvey e) {
        ProblemDetail p = ApiProblems.invalid("问卷内容有误", e.problems().stream()
                .map(q -> new ApiProblems.FieldError(q.field(), q.detail())).toList());
        p.setProperty("problems", e.problems());
        return ApiProblems.legacy(p, "invalid survey", null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求格式有误",
                "问卷内容不是有效的 JSON，请检查后重试。"), "the body is not a survey in JSON", null);
    }

    @ExceptionHandler(InvalidNotice.class)
    ProblemDetail invalidInvitation(InvalidNotice e) {
        ProblemDetail p = NoticesApi.problem("邀请有误", e);
        return ApiProblems.legacy(p, "invalid invitation", e.getMessage());
    }

    @ExceptionHandler(UnknownSurvey.class)
    ProblemDetail unknown(UnknownSurvey e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.NOT_FOUND, "问卷不存在", "没有找到问卷 " + e.surveyId() + "。"),
                "no survey " + e.surveyId(), null);
    }

    @ExceptionHandler(SurveyExists.class)
    ProblemDetail exists(SurveyExists e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.CONFLICT, "问卷已存在",
                "编号相同的问卷已有答卷，不能覆盖；请换一个编号。"), e.getMessage(), null);
    }
}
