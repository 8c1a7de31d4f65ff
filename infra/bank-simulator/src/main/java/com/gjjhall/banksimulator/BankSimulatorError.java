package com.gjjhall.banksimulator;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What the simulated banks refuse through their admin API. */
public enum BankSimulatorError implements ErrorCode {
    NOT_A_COOPERATING_BANK(HttpStatus.BAD_REQUEST, "该银行不是公积金委托收款合作银行"),
    ACCOUNT_EXISTS(HttpStatus.CONFLICT, "账户已存在"),
    ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "账号不存在"),
    ACCOUNT_ABNORMAL(HttpStatus.UNPROCESSABLE_ENTITY, "账户状态不正常"),
    INSUFFICIENT_BALANCE(HttpStatus.UNPROCESSABLE_ENTITY, "账户余额不足"),
    INSTRUCTION_NOT_FOUND(HttpStatus.NOT_FOUND, "银行未收到该指令");

    private final HttpStatus status;
    private final String message;

    BankSimulatorError(HttpStatus status, String message) {
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
