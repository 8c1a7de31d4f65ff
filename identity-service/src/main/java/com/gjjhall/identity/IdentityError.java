package com.gjjhall.identity;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What identity-service refuses, with the words of the fund centre's FAQ (DOMAIN.md, Identity). */
public enum IdentityError implements ErrorCode {
    UNKNOWN_USER(HttpStatus.UNAUTHORIZED, "用户不存在或用户类型错误"),
    WRONG_PASSWORD(HttpStatus.UNAUTHORIZED, "登录密码错误"),
    LOGIN_NAME_TAKEN(HttpStatus.CONFLICT, "登录用户名已被使用"),
    UNIT_ALREADY_ENROLLED(HttpStatus.CONFLICT, "该单位已开通网上业务"),
    UNIT_NOT_FOUND(HttpStatus.NOT_FOUND, "单位不存在"),
    INVALID_CREDIT_CODE(HttpStatus.BAD_REQUEST, "统一社会信用代码不正确");

    private final HttpStatus status;
    private final String message;

    IdentityError(HttpStatus status, String message) {
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
