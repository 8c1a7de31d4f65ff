package com.gjjhall.remittance.order.command;

/** Where an order is, with the name the hall shows the operator. */
public enum OrderState {
    ENTERED("可维护指令"),
    SUBMITTED("待复核指令"),
    PROCESSING("处理中"),
    SUCCEEDED("成功"),
    FAILED("失败"),
    CANCELLED("已撤销"),
    EXPIRED("已失效"),
    DISCARDED("已删除");

    private final String label;

    OrderState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
