package com.gjjhall.audit;

import com.gjjhall.servicekit.errors.ErrorCode;
import org.springframework.http.HttpStatus;

/** What audit-service refuses, in the words operators and the fund centre's ops use. */
public enum AuditError implements ErrorCode {
    TRANSACTION_NOT_FOUND(HttpStatus.NOT_FOUND, "未查询到该笔业务"),
    UNKNOWN_STATE(HttpStatus.BAD_REQUEST, "处理状态不正确"),
    INVALID_TIME(HttpStatus.BAD_REQUEST, "时间格式不正确"),
    INVALID_EXPORT_FORMAT(HttpStatus.BAD_REQUEST, "导出格式不正确"),
    VIEW_NOT_FOUND(HttpStatus.NOT_FOUND, "视图不存在"),
    REBUILD_NOT_FOUND(HttpStatus.NOT_FOUND, "重建任务不存在"),
    REBUILD_IN_PROGRESS(HttpStatus.CONFLICT, "该视图正在重建，请稍后再试"),
    REBUILD_NOT_KEPT(HttpStatus.CONFLICT, "该重建结果未保留"),
    LOG_REBUILD_IN_PROGRESS(HttpStatus.CONFLICT, "审计日志正在从消息队列重建，请稍后再试");

    private final HttpStatus status;
    private final String message;

    AuditError(HttpStatus status, String message) {
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
