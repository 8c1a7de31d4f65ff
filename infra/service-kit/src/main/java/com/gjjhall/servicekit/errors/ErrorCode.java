package com.gjjhall.servicekit.errors;

import org.springframework.http.HttpStatus;

/**
 * A business error a user can meet: a stable code (the enum constant's name), the HTTP status and the
 * Chinese message from the domain documents. Each service has one enum of these.
 */
public interface ErrorCode {

    String name();

    HttpStatus status();

    String message();
}
