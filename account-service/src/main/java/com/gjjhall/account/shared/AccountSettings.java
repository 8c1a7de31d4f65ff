package com.gjjhall.account.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/**
 * The city's rules for accounts ({@code gjj.account.*}).
 *
 * @param zone     the fund centre's calendar: value dates, months and the 30 June settlement day
 * @param base     the city's contribution base limits (缴存基数上下限)
 * @param deposit  how each side of a monthly deposit is rounded
 * @param interest the annual interest settlement (结息)
 */
@ConfigurationProperties("gjj.account")
public record AccountSettings(@DefaultValue("Asia/Shanghai") ZoneId zone,
                              @DefaultValue Base base,
                              @DefaultValue Deposit deposit,
                              @DefaultValue Interest interest) {

    /** Limits in fen. */
    public record Base(@DefaultValue("221000") long minimumFen, @DefaultValue("3217200") long maximumFen) {
    }

    /** Each side (unit, personal) rounded half up to the fen or to the yuan. */
    public record Deposit(@DefaultValue("FEN") Precision rounding) {
    }

    /**
     * @param annualRate     1.5% a year by default
     * @param dayCountBasis  days of a year in the daily rate (日利率 = 年利率 / 360)
     * @param rounding       how the interest is rounded to {@code precision}
     */
    public record Interest(@DefaultValue("0.015") BigDecimal annualRate, @DefaultValue("360") int dayCountBasis,
                           @DefaultValue("FEN") Precision precision, @DefaultValue("HALF_UP") RoundingMode rounding) {
    }

    /** To the fen (分) or to the yuan (元). */
    public enum Precision {
        FEN(0), YUAN(-2);

        private final int fenScale;

        Precision(int fenScale) {
            this.fenScale = fenScale;
        }

        /** Rounds an amount in fen to this precision; the result stays in fen. */
        public long round(BigDecimal fen, RoundingMode mode) {
            return fen.setScale(fenScale, mode).longValueExact();
        }
    }
}
