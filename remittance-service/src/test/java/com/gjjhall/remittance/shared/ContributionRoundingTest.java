package com.gjjhall.remittance.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionRoundingTest {

    @Test
    void eachSideIsRoundedHalfUpToTheFen() {
        assertThat(ContributionRounding.FEN.apply(900_050, 12)).as("9,000.50 × 12 %% = 1,080.06").isEqualTo(108_006);
        assertThat(ContributionRounding.FEN.apply(123_458, 7)).as("1,234.58 × 7 %% = 86.4206").isEqualTo(8_642);
        assertThat(ContributionRounding.FEN.apply(123_450, 5)).as("1,234.50 × 5 %% = 61.725 → 61.73").isEqualTo(6_173);
    }

    @Test
    void orToTheYuanWhenTheCentreSaysSo() {
        assertThat(ContributionRounding.YUAN.apply(900_050, 12)).as("1,080.06 → 1,080").isEqualTo(108_000);
        assertThat(ContributionRounding.YUAN.apply(412_500, 12)).as("495.00 → 495").isEqualTo(49_500);
        assertThat(ContributionRounding.YUAN.apply(412_500, 10)).as("412.50 → 413").isEqualTo(41_300);
    }

    @Test
    void aMonthlyDepositIsBothSidesEachRounded() {
        Contribution c = Contribution.of(900_050, 12, 5, ContributionRounding.FEN);
        assertThat(c.unitAmountFen()).isEqualTo(108_006);
        assertThat(c.personalAmountFen()).as("450.025 → 450.03").isEqualTo(45_003);
        assertThat(c.totalFen()).isEqualTo(153_009);
    }
}
