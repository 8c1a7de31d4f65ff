package com.gjjhall.account.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident ID number (公民身份号码, GB 11643-1999): 17 digits and a check character over them, with a real
 * date of birth; or a legacy 15-digit number (two-digit year of the 1900s, no check character) that can be
 * upgraded (身份证升位). A wrong one cannot exist as an object.
 */
public record IdNumber(String value) {

    public static final String FIELD = "身份证号码";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public IdNumber {
        if (value == null || value.isBlank()) {
            throw Invalid.field(FIELD, "必输字段不能为空");
        }
        value = value.trim().toUpperCase();
        if (value.length() == 18) {
            if (!value.matches("[1-9][0-9]{16}[0-9X]")) {
                throw Invalid.field(FIELD, "须为18位数字（末位可为X）");
            }
            requireBirthDate(value.substring(6, 14));
            if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
                throw Invalid.field(FIELD, "校验位不正确");
            }
        } else if (value.length() == 15) {
            if (!value.matches("[1-9][0-9]{14}")) {
                throw Invalid.field(FIELD, "15位身份证号码须全为数字");
            }
            requireBirthDate("19" + value.substring(6, 12));
        } else {
            throw Invalid.field(FIELD, "须为18位（或旧15位）身份证号码");
        }
    }

    public boolean isLegacy() {
        return value.length() == 15;
    }

    /** The 18-digit form: a legacy number gets "19" before its birth year and its computed check character. */
    public IdNumber upgraded() {
        if (!isLegacy()) {
            return this;
        }
        String first17 = value.substring(0, 6) + "19" + value.substring(6);
        return new IdNumber(first17 + checkCharacter(first17));
    }

    public LocalDate birthDate() {
        String digits = upgraded().value.substring(6, 14);
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static void requireBirthDate(String yyyymmdd) {
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw Invalid.field(FIELD, "出生日期不正确");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
            throw Invalid.field(FIELD, "出生日期不正确");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
