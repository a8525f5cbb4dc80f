package org.civicchat.admin;

import org.civicchat.moderation.ModerationService;
import org.civicchat.notice.InvalidNotice;
import org.civicchat.notice.NoticeRequest;
import org.civicchat.notice.NoticeService;
import org.civicchat.notice.NoticeStatus;
import org.civicchat.notice.UnknownNotice;
import org.springframework.http.HttpStatus;
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
    ResponseEntity<Map<String, String>> send(@RequestBody NoticeRequest request) {
        moderation.check(request.title(), request.body());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", notices.send(request)));
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
    Map<String, Object> addToGroup(@PathVariable String type, @PathVariable String name,
                                   @RequestBody Members members) {
        List<String> openids = members.openids() == null ? List.of() : members.openids();
        notices.addToGroup(type, name, openids);
        return Map.of("type", type, "name", name, "added", openids.size());
    }

    record Members(List<String> openids) {
    }

    @ExceptionHandler(InvalidNotice.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidNotice e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid notice", "field", e.field(),
                "message", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "the body is not a notice in JSON"));
    }

    @ExceptionHandler(UnknownNotice.class)
    ResponseEntity<Map<String, Object>> unknown(UnknownNotice e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
