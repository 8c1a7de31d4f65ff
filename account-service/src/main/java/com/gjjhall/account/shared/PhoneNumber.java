package com.gjjhall.account.shared;

/** A mainland mobile number (11 digits, 1[3-9]…) or a landline with its area code (e.g. 027-85551234). */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw Invalid.field("联系电话", "必输字段不能为空");
        }
        value = value.trim();
        if (!value.matches("1[3-9][0-9]{9}") && !value.matches("0[0-9]{2,3}-?[0-9]{7,8}")) {
            throw Invalid.field("联系电话", "须为11位手机号码或带区号的固定电话");
        }
    }

    /** A mobile number only (职工手机号码). */
    public static PhoneNumber mobile(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Invalid.field(field, "必输字段不能为空");
        }
        if (!value.trim().matches("1[3-9][0-9]{9}")) {
            throw Invalid.field(field, "须为11位手机号码");
        }
        return new PhoneNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
