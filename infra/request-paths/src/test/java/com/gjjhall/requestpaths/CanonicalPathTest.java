package com.gjjhall.requestpaths;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spelling of an ops path is the ops path, so the rule for the plain path is the rule for all of them. */
class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/audit/ops/log",
            "/api;x/audit/ops/log",
            "/api/audit/ops;x/log",
            "/api/audit/ops/log;jsessionid=1",
            "/api/audit/%6Fps/log",
            "/api/audit/%6fps/log",
            "/api/audit/ops%2Flog",
            "/api/audit/ops%2flog",
            "/api/./audit/ops/log",
            "/api/%2E/audit/ops/log",
            "/api/%2e/audit/ops/log",
            "/api/identity/../audit/ops/log",
            "/api/identity/%2E%2E/audit/ops/log",
            "//api/audit/ops/log",
            "/api//audit///ops/log",
            "/api/audit/ops/log/",
            "/api/audit/ops/log//",
    })
    void everySpellingOfAPathIsThePlainPath(String spelling) {
        assertThat(CanonicalPath.of(spelling)).isEqualTo("/api/audit/ops/log");
    }

    @Test
    void aPlainPathIsItsOwnCanonicalForm() {
        assertThat(CanonicalPath.isCanonical("/api/remittance/orders/O-1/lines")).isTrue();
        assertThat(CanonicalPath.isCanonical("/")).isTrue();
        assertThat(CanonicalPath.isCanonical("/api;x/audit/ops/log")).isFalse();
    }

    @Test
    void aPathCannotClimbAboveTheRoot() {
        assertThat(CanonicalPath.of("/../../api/audit/ops/log")).isEqualTo("/api/audit/ops/log");
        assertThat(CanonicalPath.of("/..")).isEqualTo("/");
        assertThat(CanonicalPath.of("")).isEqualTo("/");
    }

    @Test
    void encodedCharactersStayEncodedAndADecodedSemicolonIsNoPathParameter() {
        assertThat(CanonicalPath.of("/api/account/employees/%E5%BC%A0%E4%B8%89"))
                .isEqualTo("/api/account/employees/%E5%BC%A0%E4%B8%89");
        assertThat(CanonicalPath.of("/api/audit/ops%3Bx/log")).isEqualTo("/api/audit/ops%3Bx/log");
        assertThat(CanonicalPath.of("/api/a%20b")).isEqualTo("/api/a%20b");
    }
}
