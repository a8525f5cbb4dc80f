package org.civicchat.admin;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.ticket.IllegalTransition;
import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.ticket.NotYourCall;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.TicketNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Ticket API errors as RFC 9457 problems with a Chinese {@code detail} (and the first API's {@code error} code
 * and {@code message} beside it): 404 unknown ticket (and a ticket outside a handler's department: the same
 * answer), 403 a change the caller's role may not make, 409 illegal transition (Chinese and English), 400 bad
 * request, 503 when Redis is unreachable.
 */
@RestControllerAdvice(assignableTypes = {TicketsApi.class, TicketsCsv.class, TicketsXlsx.class, TicketPhotosApi.class,
        Open311PublicationApi.class})
class TicketErrors {

    @ExceptionHandler(NotYourCall.class)
    ProblemDetail forbidden(NotYourCall e) {
        String detail = "您的角色不能对工单 " + e.number() + " 做这项操作，请联系文明办。";
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.FORBIDDEN, "无权操作", detail), "not_your_call", detail);
    }

    @ExceptionHandler(TicketNotFound.class)
    ProblemDetail notFound(TicketNotFound e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.NOT_FOUND, "工单不存在", "没有找到工单 " + e.number() + "。"),
                "not_found", "工单不存在 (no such ticket: " + e.number() + ")");
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        String detail = "工单 " + e.number() + " 不能从“" + e.from().label() + "”变为“" + e.to().label() + "”。";
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.CONFLICT, "状态不能这样变更", detail),
                "illegal_transition", e.bilingualMessage());
    }

    @ExceptionHandler({InvalidTicketRequest.class, PhotoLimitReached.class})
    ProblemDetail badRequest(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        boolean chinese = ApiProblems.chinese(m);
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.BAD_REQUEST, RequestProblems.TITLE,
                chinese ? m : "请求内容有误，请检查后重试。"), "bad_request", chinese ? m : "请求无效 (" + m + ")");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.BAD_REQUEST, RequestProblems.TITLE,
                "参数 " + e.getName() + " 的值无效，请检查后重试。"), "bad_request", "请求无效 (" + e.getMessage() + ")");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求格式有误",
                "请求内容不是有效的 JSON，请检查后重试。"), "bad_request", "请求无效 (" + e.getMessage() + ")");
    }

    @ExceptionHandler(StoreUnavailable.class)
    ProblemDetail unavailable(StoreUnavailable e) {
        return ApiProblems.legacy(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用",
                "存储暂不可用，请稍后重试。"), "store_unavailable", "存储暂不可用，请稍后重试 (Redis unavailable)");
    }
}
