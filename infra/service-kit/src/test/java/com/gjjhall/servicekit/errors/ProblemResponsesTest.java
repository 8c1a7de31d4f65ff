package com.gjjhall.servicekit.errors;

import com.gjjhall.messaging.deadletter.UnknownDeadLetterException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors a caller causes are answered as such, never as 500 系统繁忙. */
class ProblemResponsesTest {

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void aCommandForSomethingThatDoesNotExistIsNotFound() {
        ResponseEntity<Problem> answer = responses.notFound(new AggregateNotFoundException("E-NOPE", "no such aggregate"));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().title()).isEqualTo("查询的记录不存在");
    }

    @Test
    void aDeadLetterThatNoLongerWaitsIsNotFoundWithItsPosition() {
        ResponseEntity<Problem> answer = responses.unknownDeadLetter(new UnknownDeadLetterException("0@42"));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().code()).isEqualTo("NOT_FOUND");
        assertThat(answer.getBody().detail()).contains("死信").contains("0@42");
    }

    @Test
    void anUploadOverTheLimitIsTooLarge() {
        ResponseEntity<Problem> answer = responses.tooLarge(new MaxUploadSizeExceededException(10_000_000));

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody().title()).isEqualTo("上传文件过大");
    }
}
