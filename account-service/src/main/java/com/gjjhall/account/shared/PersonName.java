package com.gjjhall.account.shared;

/**
 * A person's name as on the ID card: 2 to 30 Chinese characters (a middle dot allowed between parts of a
 * minority or transliterated name), or a Latin-letter name for foreign employees.
 */
public record PersonName(String value) {

    public static final String FIELD = "姓名";

    public PersonName {
        if (value == null || value.isBlank()) {
            throw Invalid.field(FIELD, "必输字段不能为空");
        }
        value = value.strip();
        boolean chinese = value.matches("\\p{IsHan}+(·\\p{IsHan}+)*") && value.codePointCount(0, value.length()) >= 2
                && value.codePointCount(0, value.length()) <= 30;
        boolean latin = value.matches("[A-Za-z]+([ .'-][A-Za-z]+)*") && value.length() <= 60;
        if (!chinese && !latin) {
            throw Invalid.field(FIELD, "须为2至30个汉字（可含·）或英文字母，不能含空格、数字或符号");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
