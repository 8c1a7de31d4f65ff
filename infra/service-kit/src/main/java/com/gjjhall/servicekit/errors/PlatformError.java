package com.gjjhall.servicekit.errors;

import org.springframework.http.HttpStatus;

/** Errors every service can answer, whatever its business. */
public enum PlatformError implements ErrorCode {
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "未登录或登录已失效"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "无权办理此业务"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "查询的记录不存在"),
    INVALID_INPUT(HttpStatus.BAD_REQUEST, "输入数据不合法"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方式"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的数据格式"),
    UPLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "上传文件过大"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙，请稍后再试");

    private final HttpStatus status;
    private final String message;

    PlatformError(HttpStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String message() {
        return message;
    }
}
