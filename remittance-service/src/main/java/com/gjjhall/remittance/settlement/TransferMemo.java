package com.gjjhall.remittance.settlement;

/**
 * What a payer typed in the transfer's memo (用途/附言/备注), made comparable: full-width characters become
 * half-width (banks' forms and Chinese input methods produce both) and all whitespace goes. Nothing else is
 * forgiven: the memo must then be exactly one audit number.
 */
public final class TransferMemo {

    private TransferMemo() {
    }

    public static String normalize(String memo) {
        if (memo == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(memo.length());
        for (int i = 0; i < memo.length(); i++) {
            char c = memo.charAt(i);
            if (c == '\u3000') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
