package com.gjjhall.servicekit.errors;

import com.gjjhall.messaging.deadletter.UnknownDeadLetterException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.List;

/** Maps every error to a {@link Problem}, in one place for the whole platform. */
@RestControllerAdvice
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Problem> business(BusinessException e) {
        return Problem.of(e.code(), e.detail(), e.problems()).toResponse();
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> problems.add(FieldProblem.of(f.getField(), f.getDefaultMessage())));
        return Problem.of(PlatformError.INVALID_INPUT, PlatformError.INVALID_INPUT.message(), problems).toResponse();
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Problem> invalidParameter(HandlerMethodValidationException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                problems.add(FieldProblem.of(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return Problem.of(PlatformError.INVALID_INPUT, PlatformError.INVALID_INPUT.message(), problems).toResponse();
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Problem> unreadable(Exception e) {
        return Problem.of(PlatformError.INVALID_INPUT).toResponse();
    }

    /** No such path, or a command for an aggregate that does not exist (an id made up or mistyped). */
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class, AggregateNotFoundException.class})
    ResponseEntity<Problem> notFound(Exception e) {
        return Problem.of(PlatformError.NOT_FOUND).toResponse();
    }

    @ExceptionHandler(UnknownDeadLetterException.class)
    ResponseEntity<Problem> unknownDeadLetter(UnknownDeadLetterException e) {
        return Problem.of(PlatformError.NOT_FOUND, "没有待处理的死信（位置 " + e.position() + "），它可能已重新处理",
                List.of()).toResponse();
    }

    /** An endpoint's own role check ({@code @PreAuthorize}): no valid token is a 401, the wrong role a 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Problem> denied(AccessDeniedException e) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = caller == null || TRUST.isAnonymous(caller) || !caller.isAuthenticated();
        return Problem.of(anonymous ? PlatformError.UNAUTHENTICATED : PlatformError.FORBIDDEN).toResponse();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> methodNotAllowed(Exception e) {
        return Problem.of(PlatformError.METHOD_NOT_ALLOWED).toResponse();
    }

    /** An upload over the service's size limit (a service with uploads may answer it in its own words first). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Problem> tooLarge(MaxUploadSizeExceededException e) {
        return Problem.of(PlatformError.UPLOAD_TOO_LARGE).toResponse();
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedMediaType(Exception e) {
        return Problem.of(PlatformError.UNSUPPORTED_MEDIA_TYPE).toResponse();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e) {
        log.error("unexpected error", e);
        return Problem.of(PlatformError.INTERNAL).toResponse();
    }
}
