package com.gjjhall.identity;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What identity-service refuses, with the words of the fund centre's FAQ (DOMAIN.md, Identity). */
public enum IdentityError implements ErrorCode {
    UNKNOWN_USER(HttpStatus.UNAUTHORIZED, "用户不存在或用户类型错误"),
    WRONG_PASSWORD(HttpStatus.UNAUTHORIZED, "登录密码错误"),
    USER_FROZEN(HttpStatus.UNAUTHORIZED, "用户已暂时冻结"),
    CERTIFICATE_INVALID(HttpStatus.UNAUTHORIZED, "证书非法或者不存在"),
    SIGNATURE_FAILED(HttpStatus.UNAUTHORIZED, "签名失败"),
    /** The challenge was used, expired or never issued: the signature is over nothing the server asked for. */
    CHALLENGE_INVALID(HttpStatus.UNAUTHORIZED, "签名失败"),
    LOGIN_NAME_TAKEN(HttpStatus.CONFLICT, "登录用户名已被使用"),
    UNIT_ALREADY_ENROLLED(HttpStatus.CONFLICT, "该单位已登记网上业务"),
    UNIT_NOT_FOUND(HttpStatus.NOT_FOUND, "单位不存在"),
    OPERATOR_NOT_FOUND(HttpStatus.NOT_FOUND, "操作员不存在"),
    INVALID_CREDIT_CODE(HttpStatus.BAD_REQUEST, "统一社会信用代码不正确"),
    AGREEMENT_NOT_SIGNED(HttpStatus.BAD_REQUEST, "请阅读并签署网上业务服务协议"),
    ONLINE_BUSINESS_ALREADY_OPENED(HttpStatus.CONFLICT, "本单位已开通网上业务"),
    UNIT_DATA_MISMATCH(HttpStatus.BAD_REQUEST, "单位信息与登记信息不一致，请到缴存银行办理单位信息变更"),
    CERTIFICATE_LIMIT_REACHED(HttpStatus.CONFLICT, "每个单位只能有2个安全密码证书，换发新的证书须先注销掉原有的证书"),
    CERTIFICATE_NOT_FOUND(HttpStatus.NOT_FOUND, "证书不存在"),
    CERTIFICATE_ALREADY_REVOKED(HttpStatus.CONFLICT, "证书已注销"),
    CERTIFICATE_REQUEST_INVALID(HttpStatus.BAD_REQUEST, "证书申请不正确"),
    /** More logins at once than the password hashing can take: refused quickly rather than queued for long. */
    BUSY(HttpStatus.SERVICE_UNAVAILABLE, "系统繁忙，请稍后再试");

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
