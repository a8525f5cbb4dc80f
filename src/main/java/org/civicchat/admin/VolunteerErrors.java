package org.civicchat.admin;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.volunteer.InvalidActivity;
import org.civicchat.volunteer.UnknownActivity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;

/**
 * The volunteer API's errors as RFC 9457 problems: a Chinese {@code detail}, the bad fields under {@code errors}
 * (and {@code fields}, as first published). Bean Validation failures are {@link RequestProblems}.
 */
@RestControllerAdvice(assignableTypes = VolunteerApi.class)
class VolunteerErrors {

    @ExceptionHandler(InvalidActivity.class)
    ProblemDetail invalid(InvalidActivity e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.detail());
        p.setTitle("活动信息有误");
        p.setProperty("fields", Map.of(e.field(), e.detail()));
        p.setProperty("errors", List.of(new ApiProblems.FieldError(e.field(), e.detail())));
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求内容无法识别：请发送JSON，时间须带时区（如 2026-12-05T09:00:00+08:00），名额为整数");
        p.setTitle("请求格式有误");
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "地址中的编号无效：" + e.getName());
        p.setTitle("请求格式有误");
        return p;
    }

    @ExceptionHandler(UnknownActivity.class)
    ProblemDetail unknown(UnknownActivity e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有这个志愿活动");
        p.setTitle("活动不存在");
        return p;
    }

    @ExceptionHandler(StoreUnavailable.class)
    ProblemDetail unavailable(StoreUnavailable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "存储暂不可用，请稍后重试");
        p.setTitle("服务暂不可用");
        return p;
    }
}
