package com.gjjhall.servicekit.security;

/** The token is missing, malformed, expired, or not signed by identity-service. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
