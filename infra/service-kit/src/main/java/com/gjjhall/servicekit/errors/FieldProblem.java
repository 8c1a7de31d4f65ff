package com.gjjhall.servicekit.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One wrong field: where it is (row of an imported file, when there is one; the field's Chinese name) and
 * what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer row, String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(null, field, message);
    }
}
