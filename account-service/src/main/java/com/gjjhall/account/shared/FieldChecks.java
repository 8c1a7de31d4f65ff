package com.gjjhall.account.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads every field of a request and reports all wrong ones at once, so an operator fixes a form in one go.
 * Each parse is a value type's constructor that refuses bad input with {@link Invalid#field}.
 */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public <T> T read(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (BusinessException e) {
            if (e.problems().isEmpty()) {
                throw e;
            }
            problems.addAll(e.problems());
            return null;
        }
    }

    /** A required field: blank is refused with the documents' words. */
    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "必输字段不能为空"));
            return null;
        }
        return value.trim();
    }

    public void done() {
        if (!problems.isEmpty()) {
            String detail = problems.stream().map(p -> p.field() + "：" + p.message()).reduce((a, b) -> a + "；" + b).orElse("");
            throw new BusinessException(PlatformError.INVALID_INPUT, detail, problems);
        }
    }
}
