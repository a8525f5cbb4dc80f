package org.civicchat.admin;

import org.civicchat.moderation.ModerationService;
import org.civicchat.notice.InvalidNotice;
import org.civicchat.notice.NoticeRequest;
import org.civicchat.notice.NoticeService;
import org.civicchat.notice.NoticeStatus;
import org.civicchat.notice.UnknownNotice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Notices for the office: push one, follow its delivery, see topics, fill tag and community audiences. */
@RestController
@RequestMapping("/api/admin/notices")
class NoticesApi {

    private final NoticeService notices;
    private final ModerationService moderation;

    NoticesApi(NoticeService notices, ModerationService moderation) {
        this.notices = notices;
        this.moderation = moderation;
    }

    @PostMapping
    ResponseEntity<Accepted> send(@RequestBody NoticeRequest request) {
        moderation.check(request.title(), request.body());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(notices.send(request)));
    }

    /** @param id the notice's id, to follow its delivery */
    record Accepted(String id) {
    }

    @GetMapping
    List<NoticeStatus> recent(@RequestParam(defaultValue = "20") int count) {
        return notices.recent(Math.max(1, Math.min(count, 200)));
    }

    @GetMapping("/{id}")
    NoticeStatus status(@PathVariable String id) {
        return notices.status(id);
    }

    @GetMapping("/topics")
    Map<String, Long> topics() {
        return notices.followers();
    }

    /** Adds residents to a tag's or a community's audience: {"openids": [...]}. */
    @PutMapping("/groups/{type}/{name}")
    Added addToGroup(@PathVariable String type, @PathVariable String name, @RequestBody Members members) {
        List<String> openids = members.openids() == null ? List.of() : members.openids();
        notices.addToGroup(type, name, openids);
        return new Added(type, name, openids.size());
    }

    record Members(List<String> openids) {
    }

    record Added(String type, String name, int added) {
    }

    @ExceptionHandler(InvalidNotice.class)
    ProblemDetail invalid(InvalidNotice e) {
        return ApiProblems.legacy(problem("通知内容有误", e), "invalid notice", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求格式有误",
                "通知内容不是有效的 JSON，请检查后重试（定时发送的时间须带时区）。"), "the body is not a notice in JSON", null);
    }

    @ExceptionHandler(UnknownNotice.class)
    ProblemDetail unknown(UnknownNotice e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.NOT_FOUND, "通知不存在", "没有找到这条通知。"),
                e.getMessage(), null);
    }

    /** 400 naming the bad field ({@code field} as first published, and {@code errors}), in Chinese. */
    static ProblemDetail problem(String title, InvalidNotice e) {
        ProblemDetail p = ApiProblems.invalid(title, List.of(new ApiProblems.FieldError(e.field(), e.detail())));
        p.setProperty("field", e.field());
        return p;
    }
}
