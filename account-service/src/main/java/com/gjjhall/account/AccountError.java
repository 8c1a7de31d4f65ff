package com.gjjhall.account;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What account-service refuses, in the words of the fund centre's documents (DOMAIN.md, Employee accounts). */
public enum AccountError implements ErrorCode {
    ID_NUMBER_HAS_ACCOUNT(HttpStatus.CONFLICT, "该身份证号码已有住房公积金账户，请办理职工转移"),
    ID_NUMBER_HAS_NO_ACCOUNT(HttpStatus.NOT_FOUND, "该身份证号码没有住房公积金账户，请办理个人账户开户"),
    TRANSFER_SOURCE_NOT_SEALED(HttpStatus.CONFLICT, "该职工在原单位的账户尚未封存，不能办理职工转移"),
    ALREADY_IN_THIS_UNIT(HttpStatus.CONFLICT, "该职工已在本单位，无需办理职工转移"),
    LAST_MONTH_NOT_CREDITED(HttpStatus.CONFLICT, "封存请在该职工最后一个月的公积金到账之后办理"),
    PREVIOUS_MONTH_NOT_FINISHED(HttpStatus.CONFLICT, "启封请在单位上个月的公积金汇缴结束之后办理"),
    START_MONTH_ALREADY_ENTERED(HttpStatus.CONFLICT, "启封请在该职工起缴月份的公积金汇缴之前办理"),
    START_MONTH_BEFORE_SEAL(HttpStatus.BAD_REQUEST, "起缴月份不能早于封存月份"),
    MONTH_ALREADY_ENTERED(HttpStatus.CONFLICT, "该月份的公积金汇缴已录入，请从下一个未汇缴的月份起调整"),
    NOT_ACTIVE(HttpStatus.CONFLICT, "个人账户状态不是正常，不能办理此业务"),
    NOT_SEALED(HttpStatus.CONFLICT, "个人账户状态不是封存，不能启封"),
    ALREADY_18_DIGITS(HttpStatus.CONFLICT, "该职工身份证号码已是18位，无需升位"),
    UPGRADED_ID_MISMATCH(HttpStatus.BAD_REQUEST, "升位后的身份证号码与15位号码不一致"),
    BASE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "缴存基数须在本市缴存基数下限和上限之间"),
    EMPLOYEE_NOT_FOUND(HttpStatus.NOT_FOUND, "个人账户不存在"),
    UNIT_ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "单位账户不存在"),
    UNIT_ACCOUNT_EXISTS(HttpStatus.CONFLICT, "该单位已设立单位账户"),
    UNIT_ACCOUNT_NUMBER_TAKEN(HttpStatus.CONFLICT, "单位账号已被使用"),
    UNIT_ACCOUNT_CLOSED(HttpStatus.CONFLICT, "单位账户已注销"),
    UNIT_NOT_CLOSABLE(HttpStatus.CONFLICT, "单位尚有正常缴存的职工或账户余额不为零，不能注销单位账户"),
    DEPARTMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "部门不存在"),
    DEPARTMENT_NAME_TAKEN(HttpStatus.CONFLICT, "部门名称已存在"),
    DEPARTMENT_NOT_EMPTY(HttpStatus.CONFLICT, "部门下尚有职工，不能删除"),
    INTEREST_NOT_DUE(HttpStatus.CONFLICT, "未到结息日（6月30日），不能办理年度结息"),
    INTEREST_NOT_SETTLED(HttpStatus.NOT_FOUND, "该年度尚未结息");

    private final HttpStatus status;
    private final String message;

    AccountError(HttpStatus status, String message) {
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
