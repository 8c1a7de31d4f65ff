package com.gjjhall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class PublicPathsTest {

    @Test
    void loggingInNeedsNoToken() {
        assertThat(PublicPaths.isPublic(HttpMethod.POST, "/api/identity/sessions")).isTrue();
        assertThat(PublicPaths.isPublic(HttpMethod.POST, "/api/identity/login-challenges")).isTrue();
    }

    @Test
    void theKeysTheRevocationListAndEveryServiceDocumentAreReadableByAnyone() {
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/identity/jwks")).isTrue();
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/identity/crl")).isTrue();
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/remittance/openapi")).isTrue();
        assertThat(PublicPaths.isPublic(HttpMethod.HEAD, "/api/audit/openapi")).isTrue();
    }

    @Test
    void anotherMethodOnAPublicPathNeedsAToken() {
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/identity/sessions")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.DELETE, "/api/identity/sessions")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.POST, "/api/identity/jwks")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.PUT, "/api/account/openapi")).isFalse();
    }

    @Test
    void aPathThatOnlyResemblesAPublicOneNeedsAToken() {
        assertThat(PublicPaths.isPublic(HttpMethod.POST, "/api/identity/sessions/")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.POST, "/api/identity/sessions;jsessionid=1")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.POST, "/api/identity/%73essions")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/account/units/openapi")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/account/openapi/../units")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api//openapi")).isFalse();
        assertThat(PublicPaths.isPublic(HttpMethod.GET, "/api/account/openapix")).isFalse();
    }
}
