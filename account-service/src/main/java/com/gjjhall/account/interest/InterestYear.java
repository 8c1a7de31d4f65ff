package com.gjjhall.account.interest;

import com.gjjhall.account.shared.Invalid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An interest year (结息年度): 1 July of the year before to 30 June, the settlement day. */
public record InterestYear(int year) {

    public InterestYear {
        if (year < 1991 || year > 2100) {
            throw new IllegalArgumentException("interest year out of range: " + year);
        }
    }

    /** A year as a user typed it; refused with the field named. */
    public static InterestYear of(Integer year) {
        if (year == null || year < 1991 || year > 2100) {
            throw Invalid.field("结息年度", "须为1991至2100之间的年份");
        }
        return new InterestYear(year);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year - 1, 7, 1);
    }

    public LocalDate settlementDay() {
        return LocalDate.of(year, 6, 30);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay(), settlementDay()) + 1;
    }

    /** Days a movement on {@code valueDate} earns interest in this year, the day itself and the settlement day included. */
    public int daysEarning(LocalDate valueDate) {
        return (int) ChronoUnit.DAYS.between(valueDate, settlementDay()) + 1;
    }
}
