package com.gjjhall.remittance.batchimport;

import com.gjjhall.servicekit.errors.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.List;

/** An upload too large even for the web server's limit gets the same Chinese answer as one over ours. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final BatchImport imports;

    UploadLimit(BatchImport imports) {
        this.imports = imports;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Problem> tooLarge() {
        var refusal = imports.tooLarge();
        return Problem.of(refusal.code(), refusal.detail(), List.of()).toResponse();
    }
}
