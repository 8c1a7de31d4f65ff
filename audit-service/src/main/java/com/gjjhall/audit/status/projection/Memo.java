package com.gjjhall.audit.status.projection;

import java.text.Normalizer;

/**
 * A payer's transfer memo as remittance-service matches it to an audit number: full-width characters made
 * half-width (NFKC: {@code ２０２６} → {@code 2026}, the ideographic space → a space) and all whitespace
 * removed. Banks pass memos on as typed.
 */
public final class Memo {

    private Memo() {
    }

    public static String normalize(String memo) {
        if (memo == null) {
            return "";
        }
        if (isPlainAscii(memo)) {
            return memo;
        }
        String halfWidth = Normalizer.normalize(memo, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(halfWidth.length());
        halfWidth.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The usual case, a memo typed right: printable ASCII without spaces needs no work. */
    private static boolean isPlainAscii(String memo) {
        for (int i = 0; i < memo.length(); i++) {
            char c = memo.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
