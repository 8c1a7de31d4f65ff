package com.gjjhall.gateway.problem;

import org.springframework.http.HttpStatus;

/** Errors the gateway answers itself, each with a stable code and the message shown to users. */
public enum GatewayError {

    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "未登录或登录已失效"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "无权办理此业务"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "请求的资源不存在"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方式"),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "请求格式有误"),
    BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "服务响应异常，请稍后再试"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "服务响应超时，请稍后再试"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙，请稍后再试");

    private final HttpStatus status;
    private final String message;

    GatewayError(HttpStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    public HttpStatus status() {
        return status;
    }

    public String message() {
        return message;
    }
}
