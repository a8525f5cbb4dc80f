package org.civicchat.admin;

import org.civicchat.store.StoreUnavailable;
import org.civicchat.ticket.IllegalTransition;
import org.civicchat.ticket.InvalidTicketRequest;
import org.civicchat.ticket.NotYourCall;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.TicketNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ticket API errors as JSON: 404 unknown ticket (and a ticket outside a handler's department: the same
 * answer), 403 a change the caller's role may not make, 409 illegal transition (Chinese and English), 400 bad
 * request, 503 when Redis is unreachable.
 */
@RestControllerAdvice(assignableTypes = {TicketsApi.class, TicketsCsv.class, TicketsXlsx.class, TicketPhotosApi.class,
        Open311PublicationApi.class})
class TicketErrors {

    @ExceptionHandler(NotYourCall.class)
    ResponseEntity<Map<String, String>> forbidden(NotYourCall e) {
        return error(HttpStatus.FORBIDDEN, "not_your_call", "您的角色不能对工单 " + e.number() + " 做这项操作，请联系文明办。");
    }

    @ExceptionHandler(TicketNotFound.class)
    ResponseEntity<Map<String, String>> notFound(TicketNotFound e) {
        return error(HttpStatus.NOT_FOUND, "not_found", "工单不存在 (no such ticket: " + e.number() + ")");
    }

    @ExceptionHandler(IllegalTransition.class)
    ResponseEntity<Map<String, String>> conflict(IllegalTransition e) {
        return error(HttpStatus.CONFLICT, "illegal_transition", e.bilingualMessage());
    }

    @ExceptionHandler({InvalidTicketRequest.class, PhotoLimitReached.class, MethodArgumentTypeMismatchException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return error(HttpStatus.BAD_REQUEST, "bad_request",
                m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? m : "请求无效 (" + m + ")");
    }

    @ExceptionHandler(StoreUnavailable.class)
    ResponseEntity<Map<String, String>> unavailable(StoreUnavailable e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "store_unavailable", "存储暂不可用，请稍后重试 (Redis unavailable)");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

}
