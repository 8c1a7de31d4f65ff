package com.gjjhall.remittance;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What remittance-service refuses, in the words of the fund centre's FAQ and DOMAIN.md (Remittance). */
public enum RemittanceError implements ErrorCode {
    RECORD_COUNT_MISMATCH(HttpStatus.BAD_REQUEST, "上传文件记录数不正确"),
    REQUIRED_FIELD_EMPTY(HttpStatus.BAD_REQUEST, "必输字段不能为空"),
    ROWS_INVALID(HttpStatus.BAD_REQUEST, "补缴明细有误，请按提示修改"),
    FILE_TOO_LARGE(HttpStatus.BAD_REQUEST, "上传文件过大"),
    TOO_MANY_ROWS(HttpStatus.BAD_REQUEST, "上传文件记录数超过上限"),
    UNSUPPORTED_FILE(HttpStatus.BAD_REQUEST, "上传文件格式不正确"),
    INVALID_MONTH(HttpStatus.BAD_REQUEST, "缴存年月不正确"),
    INVALID_AUDIT_NUMBER(HttpStatus.BAD_REQUEST, "审核单号不正确"),
    UNIT_ACCOUNT_NOT_FOUND(HttpStatus.CONFLICT, "单位账户不存在"),
    NO_CONTRIBUTING_EMPLOYEES(HttpStatus.CONFLICT, "该月没有需要汇缴的职工"),
    MONTH_ALREADY_ENTERED(HttpStatus.CONFLICT, "该月汇缴已办理"),
    EMPLOYEE_MONTH_ALREADY_PAID(HttpStatus.CONFLICT, "职工该月公积金已缴存或正在办理"),
    ORDER_NOT_FOUND(HttpStatus.NOT_FOUND, "指令不存在"),
    AUDIT_NUMBER_NOT_FOUND(HttpStatus.NOT_FOUND, "审核单号不存在"),
    AUDIT_NUMBER_REPLACED(HttpStatus.CONFLICT, "审核单号已作废：该笔业务已重新复核"),
    WRONG_STATE(HttpStatus.CONFLICT, "当前状态不能办理此业务"),
    REVIEWER_IS_MAKER(HttpStatus.FORBIDDEN, "复核人员不能复核本人录入的业务"),
    NOT_THE_MAKER(HttpStatus.FORBIDDEN, "只能维护本人录入的指令"),
    NOT_THE_REVIEWER(HttpStatus.FORBIDDEN, "只有复核该笔业务的操作员可以办理"),
    ALREADY_CREDITED(HttpStatus.CONFLICT, "该笔业务已入账，不能撤销"),
    DEBIT_PENDING(HttpStatus.CONFLICT, "委托收款扣款处理中，请稍后在处理结果查询中查看"),
    NOT_RESUBMITTABLE(HttpStatus.CONFLICT, "该笔业务不能重新提交委托收款"),
    CLIENT_KEY_REUSED(HttpStatus.CONFLICT, "请求编号已用于其他业务"),
    SLIP_NOT_AVAILABLE(HttpStatus.CONFLICT, "该笔业务尚未入账，不能打印汇（补）缴书");

    private final HttpStatus status;
    private final String message;

    RemittanceError(HttpStatus status, String message) {
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
