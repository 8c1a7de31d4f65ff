package com.gjjhall.collection;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What collection-service refuses, in the fund centre's words (FAQ 三, DOMAIN.md "Entrusted collection"). */
public enum CollectionError implements ErrorCode {
    ACCOUNT_NOT_FOUND(HttpStatus.UNPROCESSABLE_ENTITY, "账号不存在"),
    ACCOUNT_NAME_MISMATCH(HttpStatus.UNPROCESSABLE_ENTITY, "扣款户名不一致"),
    ACCOUNT_ABNORMAL(HttpStatus.UNPROCESSABLE_ENTITY, "账户状态不正常"),
    TOO_MANY_ACCOUNTS(HttpStatus.BAD_REQUEST, "委托收款账户不得超过3个"),
    NOT_A_COOPERATING_BANK(HttpStatus.BAD_REQUEST, "该银行未与公积金中心签订委托代收协议，不能办理委托收款"),
    ACCOUNT_ALREADY_REGISTERED(HttpStatus.CONFLICT, "该付款账户已登记委托收款"),
    ACCOUNT_NOT_IN_AGREEMENT(HttpStatus.BAD_REQUEST, "该账户不是本单位的委托收款账户"),
    AGREEMENT_EXISTS(HttpStatus.CONFLICT, "已开通委托收款结算方式，如需添加或更换账户请办理委托收款变更"),
    NO_AGREEMENT(HttpStatus.CONFLICT, "未开通委托收款结算方式"),
    APPLICATION_PENDING(HttpStatus.CONFLICT, "有未生效的委托收款申请，请待其办结后再办理"),
    APPLICATION_NOT_AWAITING_BANK(HttpStatus.CONFLICT, "该申请不是待银行生效的申请"),
    LAST_ACCOUNT(HttpStatus.CONFLICT, "至少保留一个委托收款账户；全部取消请办理委托收款结算方式取消"),
    TERMINATION_NOT_AGREED(HttpStatus.BAD_REQUEST, "请选择同意《终止委托收款协议申请》"),
    UNIT_NOT_FOUND(HttpStatus.NOT_FOUND, "单位不存在");

    private final HttpStatus status;
    private final String message;

    CollectionError(HttpStatus status, String message) {
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
