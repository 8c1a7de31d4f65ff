package com.gjjhall.servicekit.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.gjjhall.messaging.trace.TraceId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

/**
 * The one error body of the platform ({@code application/problem+json}, RFC 9457) with the stable code,
 * the Chinese message and the trace id to quote to the help desk.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail,
                      List<FieldProblem> errors, String traceId) {

    public static Problem of(ErrorCode code, String detail, List<FieldProblem> errors) {
        return new Problem("https://gjj-hall/errors/" + code.name(), code.message(), code.status().value(),
                code.name(), detail == null ? code.message() : detail, List.copyOf(errors), TraceId.current());
    }

    public static Problem of(ErrorCode code) {
        return of(code, code.message(), List.of());
    }

    public ResponseEntity<Problem> toResponse() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(this);
    }
}
