package com.gjjhall.remittance.shared;

/**
 * How each side of a monthly deposit (base × rate) is rounded: to the fen or to the yuan, half up. Exact
 * integer arithmetic on fen; never floating point.
 */
public enum ContributionRounding {
    FEN,
    YUAN;

    /** {@code baseFen × percent %}, rounded. */
    public long apply(long baseFen, int percent) {
        if (baseFen < 0 || percent < 0) {
            throw new IllegalArgumentException("base and rate must not be negative");
        }
        long hundredthsOfFen = Math.multiplyExact(baseFen, percent);
        return switch (this) {
            case FEN -> (hundredthsOfFen + 50) / 100;
            case YUAN -> (hundredthsOfFen + 5_000) / 10_000 * 100;
        };
    }
}
