package org.civicchat.admin;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.volunteer.InvalidActivity;
import org.civicchat.volunteer.UnknownActivity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The volunteer API's errors as RFC 9457 problems: a Chinese {@code detail}, the bad fields under {@code fields}. */
@RestControllerAdvice(assignableTypes = VolunteerApi.class)
class VolunteerErrors {

    @ExceptionHandler(InvalidActivity.class)
    ProblemDetail invalid(InvalidActivity e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.detail());
        p.setTitle("活动信息有误");
        p.setProperty("fields", Map.of(e.field(), e.detail()));
        return p;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("；", fields.values()));
        p.setTitle("活动信息有误");
        p.setProperty("fields", fields);
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
