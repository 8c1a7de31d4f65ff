package com.gjjhall.account.interest;

import com.gjjhall.account.shared.AccountSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterestCalculatorTest {

    private static InterestCalculator calculator(String rate, int basis, AccountSettings.Precision precision) {
        return new InterestCalculator(new AccountSettings(ZoneId.of("Asia/Shanghai"), null, null,
                new AccountSettings.Interest(new BigDecimal(rate), basis, precision, RoundingMode.HALF_UP)));
    }

    @Test
    void theInterestYearRunsFromFirstJulyToThirtiethJuneInclusive() {
        assertThat(new InterestYear(2026).days()).isEqualTo(365);
        assertThat(new InterestYear(2024).days()).as("29 February 2024").isEqualTo(366);
        assertThat(new InterestYear(2026).daysEarning(LocalDate.of(2026, 6, 30))).isEqualTo(1);
    }

    /** 10,000.00 brought forward, 1,000.00 on 1 June, 500.00 on 1 January (181 days to 30 June): by hand below. */
    @Test
    void theDailyBalanceProductAndInterestMatchAHandComputation() {
        InterestYear year = new InterestYear(2026);
        long accrual = InterestCalculator.accrual(year, 1_000_000, List.of(
                new InterestCalculator.Movement(LocalDate.of(2026, 1, 1), 50_000),
                new InterestCalculator.Movement(LocalDate.of(2026, 6, 1), 100_000)));
        // 1,000,000 × 365 + 50,000 × 181 + 100,000 × 30 = 365,000,000 + 9,050,000 + 3,000,000
        assertThat(accrual).isEqualTo(377_050_000L);
        // × 0.015 / 360 = 15,710.4166… fen
        assertThat(calculator("0.015", 360, AccountSettings.Precision.FEN).interest(accrual)).isEqualTo(15_710);
        assertThat(calculator("0.015", 360, AccountSettings.Precision.YUAN).interest(accrual)).isEqualTo(15_700);
        // on a 365-day basis: 15,495.2054… fen
        assertThat(calculator("0.015", 365, AccountSettings.Precision.FEN).interest(accrual)).isEqualTo(15_495);
    }

    @Test
    void aMovementOutsideTheYearIsNotPartOfItsProduct() {
        assertThatThrownBy(() -> InterestCalculator.accrual(new InterestYear(2026), 0,
                List.of(new InterestCalculator.Movement(LocalDate.of(2026, 7, 1), 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
