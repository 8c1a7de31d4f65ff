package com.gjjhall.servicekit.errors;

import java.util.List;

/** Refuses a request with an {@link ErrorCode}; nothing was changed. */
public class BusinessException extends RuntimeException {

    private final transient ErrorCode code;
    private final String detail;
    private final List<FieldProblem> problems;

    public BusinessException(ErrorCode code) {
        this(code, code.message(), List.of());
    }

    public BusinessException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public BusinessException(ErrorCode code, String detail, List<FieldProblem> problems) {
        super(code.name() + ": " + detail);
        this.code = code;
        this.detail = detail;
        this.problems = List.copyOf(problems);
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
