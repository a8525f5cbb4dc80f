package org.civicchat.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body or parameter that fails its Bean Validation constraints, anywhere in the console API: 400,
 * the constraint messages (Chinese, written on the records) as {@code errors: [{field, message}]} and, for the
 * first clients, {@code fields: {field: message}}; nothing was changed.
 */
@RestControllerAdvice(basePackageClasses = RequestProblems.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblems {

    static final String TITLE = "内容有误";

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<ApiProblems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().stream()
                .sorted(java.util.Comparator.comparing(org.springframework.validation.FieldError::getField))
                .forEach(f -> errors.add(new ApiProblems.FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new ApiProblems.FieldError("", g.getDefaultMessage())));
        boolean activity = e.getParameter().getContainingClass() == VolunteerApi.class;
        return withFields(ApiProblems.invalid(activity ? "活动信息有误" : TITLE, errors), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalid(HandlerMethodValidationException e) {
        List<ApiProblems.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult r : e.getParameterValidationResults()) {
            String name = r.getMethodParameter().getParameterName();
            r.getResolvableErrors().forEach(m -> errors.add(new ApiProblems.FieldError(name, m.getDefaultMessage())));
        }
        return withFields(ApiProblems.invalid(TITLE, errors), errors);
    }

    private static ProblemDetail withFields(ProblemDetail p, List<ApiProblems.FieldError> errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.forEach(f -> fields.putIfAbsent(f.field(), f.message()));
        p.setProperty("fields", fields);
        return p;
    }
}
