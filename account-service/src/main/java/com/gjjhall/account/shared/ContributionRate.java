package com.gjjhall.account.shared;

/** A contribution rate (缴存比例): a whole percent from 5 to 12. */
public record ContributionRate(int percent) {

    public ContributionRate {
        if (percent < 5 || percent > 12) {
            throw new IllegalArgumentException("contribution rate out of 5..12: " + percent);
        }
    }

    public static ContributionRate of(String field, Integer percent) {
        if (percent == null) {
            throw Invalid.field(field, "必输字段不能为空");
        }
        if (percent < 5 || percent > 12) {
            throw Invalid.field(field, "缴存比例须为5%至12%之间的整数");
        }
        return new ContributionRate(percent);
    }
}
