package org.civicchat.admin;

import org.civicchat.notice.InvalidNotice;
import org.civicchat.notice.MassRefused;
import org.civicchat.notice.NoticeTags;
import org.civicchat.notice.TagRefused;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Set;

/**
 * WeChat user tags for the {@code tag} audience: list (WeChat's, beside our copy), create, untag residents, and
 * take WeChat's member list as ours. Tagging is {@code PUT /api/admin/notices/groups/tag/{name}}, as before.
 */
@RestController
@RequestMapping("/api/admin/notices/tags")
class NoticeTagsApi {

    private final NoticeTags tags;

    NoticeTagsApi(NoticeTags tags) {
        this.tags = tags;
    }

    record NewTag(String name) {
    }

    record Members(List<String> openids) {
    }

    @GetMapping
    List<NoticeTags.TagView> list() {
        return tags.list();
    }

    @PostMapping
    ResponseEntity<NoticeTags.TagView> create(@RequestBody NewTag body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tags.create(body.name()));
    }

    @PostMapping("/{name}/untag")
    NoticeTags.TagChange untag(@PathVariable String name, @RequestBody Members body) {
        return tags.untag(name, body.openids());
    }

    @PostMapping("/{name}/sync")
    NoticeTags.TagView sync(@PathVariable String name) {
        return tags.sync(name);
    }

    @ExceptionHandler(InvalidNotice.class)
    ProblemDetail invalid(InvalidNotice e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.detail());
        p.setTitle("标签信息有误");
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求内容无法识别：创建标签请发送 {\"name\": \"楼长\"}，居民名单请发送 {\"openids\": [...]}");
        p.setTitle("请求格式有误");
        return p;
    }

    /** WeChat's refusals of tags and mass sends, for this API and the notices API. */
    @RestControllerAdvice(assignableTypes = {NoticeTagsApi.class, NoticesApi.class})
    static class WechatRefusals {

        /** Codes that say what was asked is wrong, not that WeChat could not be reached. */
        private static final Set<Integer> ABOUT_THE_REQUEST = Set.of(45157, 45158, 45056, 45058, 45059, 45159, 40032,
                40003, 49003);

        @ExceptionHandler(TagRefused.class)
        ProblemDetail tagRefused(TagRefused e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(ABOUT_THE_REQUEST.contains(e.code())
                    ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY, e.getMessage());
            p.setTitle("微信未接受标签操作");
            p.setProperty("wechatCode", e.code());
            p.setProperty("done", e.done());
            return p;
        }

        @ExceptionHandler(MassRefused.class)
        ProblemDetail massRefused(MassRefused e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            p.setTitle("群发未提交");
            p.setProperty("message", e.getMessage());
            return p;
        }
    }
}
