package com.gjjhall.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

class ProblemFilterTest {

    @Test
    void aServiceThatCannotBeReachedIsTemporarilyUnavailable() {
        assertThat(ProblemFilter.classify(new ConnectException("Connection refused")))
                .isEqualTo(GatewayError.SERVICE_UNAVAILABLE);
        assertThat(ProblemFilter.classify(new IllegalStateException("wrapped", new ConnectException())))
                .isEqualTo(GatewayError.SERVICE_UNAVAILABLE);
    }

    @Test
    void aServiceThatBreaksOffOrTakesTooLongIsReportedAsSuch() {
        assertThat(ProblemFilter.classify(new IOException("Connection prematurely closed")))
                .isEqualTo(GatewayError.BAD_GATEWAY);
        assertThat(ProblemFilter.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
                .isEqualTo(GatewayError.GATEWAY_TIMEOUT);
        assertThat(ProblemFilter.classify(new TimeoutException())).isEqualTo(GatewayError.GATEWAY_TIMEOUT);
    }

    @Test
    void aPathNoServiceOwnsIsNotFound() {
        assertThat(ProblemFilter.classify(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .isEqualTo(GatewayError.NOT_FOUND);
    }

    @Test
    void aRoleAGatewayEndpointRefusesIsForbidden() {
        assertThat(ProblemFilter.classify(new AccessDeniedException("Access Denied"))).isEqualTo(GatewayError.FORBIDDEN);
    }

    @Test
    void anythingUnexpectedIsAnInternalErrorNotAnExplanation() {
        assertThat(ProblemFilter.classify(new NullPointerException())).isEqualTo(GatewayError.INTERNAL_ERROR);
    }
}
