package com.gjjhall.account.interest;

import com.gjjhall.account.shared.AccountSettings;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Annual interest on the daily balance (积数): the sum of each day's closing balance over the interest year,
 * times the daily rate (annual rate / day-count basis, 360 by default), rounded as configured. A balance
 * brought forward earns every day of the year; a movement earns from its value date to 30 June inclusive.
 */
@Component
public class InterestCalculator {

    /** A movement of the account within the interest year. */
    public record Movement(LocalDate valueDate, long amountFen) {
    }

    private final AccountSettings.Interest settings;

    public InterestCalculator(AccountSettings settings) {
        this.settings = settings.interest();
    }

    /** 积数 in fen-days: the opening balance for every day, each movement from its value date. */
    public static long accrual(InterestYear year, long openingFen, List<Movement> movements) {
        long accrual = Math.multiplyExact(openingFen, year.days());
        for (Movement m : movements) {
            if (m.valueDate().isBefore(year.firstDay()) || m.valueDate().isAfter(year.settlementDay())) {
                throw new IllegalArgumentException("movement outside interest year " + year.year() + ": " + m);
            }
            accrual = Math.addExact(accrual, Math.multiplyExact(m.amountFen(), year.daysEarning(m.valueDate())));
        }
        return accrual;
    }

    public long interest(long accrualFenDays) {
        BigDecimal fen = BigDecimal.valueOf(accrualFenDays).multiply(settings.annualRate())
                .divide(BigDecimal.valueOf(settings.dayCountBasis()), MathContext.DECIMAL128);
        return settings.precision().round(fen, settings.rounding());
    }

    public String annualRate() {
        return settings.annualRate().stripTrailingZeros().toPlainString();
    }
}
