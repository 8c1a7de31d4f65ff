package com.gjjhall.audit.view.rebuild;

/**
 * One row in which two versions of a view differ.
 *
 * @param live    the live version's row as JSON, or null when it has none
 * @param rebuilt the rebuilt version's row as JSON, or null when it has none
 */
public record Difference(String table, String key, String live, String rebuilt) {
}
