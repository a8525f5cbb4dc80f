package org.civicchat.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.civicchat.store.StoreUnavailable;
import org.civicchat.ticket.InvalidTicketRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors as GeoReport v2 has them, in the format the path asked for: JSON {@code [{"code": 400,
 * "description": "…"}]}, XML {@code <errors><error><code>400</code><description>…</description></error></errors>}.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<?> refused(Open311Error e, HttpServletRequest request) {
        return error(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(InvalidTicketRequest.class)
    ResponseEntity<?> invalid(InvalidTicketRequest e, HttpServletRequest request) {
        return error(request, 400, "请求无效：" + e.getMessage());
    }

    @ExceptionHandler(StoreUnavailable.class)
    ResponseEntity<?> unavailable(StoreUnavailable e, HttpServletRequest request) {
        log.warn("Open311 request failed, store unavailable: {}", e.toString());
        return error(request, 503, "系统暂时不可用，请稍后重试");
    }

    static ResponseEntity<?> error(HttpServletRequest request, int status, String description) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("code", status);
        one.put("description", description);
        Format f = Format.ofPath(request.getRequestURI());
        Object body = f == Format.XML ? Open311Writer.xml("errors", List.of(one)) : List.of(one);
        return ResponseEntity.status(status).contentType(f.mediaType()).body(body);
    }
}
