package org.civicchat.notice;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A resident's click on a notice's link: counted once per resident, then redirected to the page. */
@RestController
class NoticeLinkController {

    private final NoticeService notices;

    NoticeLinkController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/n/{noticeId}/{token}")
    ResponseEntity<String> open(@PathVariable String noticeId, @PathVariable String token) {
        return notices.open(noticeId, token)
                .map(link -> ResponseEntity.status(HttpStatus.FOUND).location(link).<String>build())
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                        .body("链接已失效。"));
    }
}
