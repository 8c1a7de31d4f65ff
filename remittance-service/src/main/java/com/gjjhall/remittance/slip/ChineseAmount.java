package com.gjjhall.remittance.slip;

/** An amount in fen written in capital Chinese numerals, as on a bank slip: 人民币壹万零贰拾元伍角整. */
final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万"};

    private ChineseAmount() {
    }

    static String of(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder("人民币");
        if (yuan > 0) {
            out.append(yuanPart(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.append(yuan == 0 ? "零元整" : "整").toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    private static String yuanPart(long yuan) {
        String digits = Long.toString(yuan);
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int position = digits.length() - 1 - i;
            if (d == 0) {
                zero = true;
            } else {
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(d)).append(PLACES[position % 4]);
            }
            if (position % 4 == 0 && position > 0 && sectionHasValue(digits, i)) {
                out.append(SECTIONS[position / 4]);
            }
        }
        return out.toString();
    }

    private static boolean sectionHasValue(String digits, int end) {
        for (int i = Math.max(0, end - 3); i <= end; i++) {
            if (digits.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }
}
