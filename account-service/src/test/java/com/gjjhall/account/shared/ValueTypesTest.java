package com.gjjhall.account.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    @Test
    void namesAreChineseWithAnOptionalMiddleDotOrLatinLetters() {
        assertThat(new PersonName(" 欧阳·娜娜 ").value()).isEqualTo("欧阳·娜娜");
        assertThat(new PersonName("张𠮷").value()).isEqualTo("张𠮷");
        assertThat(new PersonName("Anna Li").value()).isEqualTo("Anna Li");
        assertThatThrownBy(() -> new PersonName("张")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new PersonName("张 三")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new PersonName("=SUM(A1)")).isInstanceOf(BusinessException.class);
    }

    @Test
    void phonesAreMobilesOrLandlinesWithAnAreaCode() {
        assertThat(new PhoneNumber("13800000001").value()).isEqualTo("13800000001");
        assertThat(new PhoneNumber("027-85551234").value()).isEqualTo("027-85551234");
        assertThatThrownBy(() -> new PhoneNumber("12800000001")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> PhoneNumber.mobile("手机号码", "027-85551234")).isInstanceOf(BusinessException.class);
    }

    @Test
    void amountsAreYuanWithAtMostTwoDecimalsTurnedIntoExactFen() {
        assertThat(Yuan.toFen("缴存基数", "8500.5")).isEqualTo(850_050);
        assertThat(Yuan.toFen("缴存基数", "0.01")).isEqualTo(1);
        assertThat(Yuan.format(850_050)).isEqualTo("8500.50");
        assertThatThrownBy(() -> Yuan.toFen("缴存基数", "85.001")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Yuan.toFen("缴存基数", "-1")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Yuan.toFen("缴存基数", "1e3")).isInstanceOf(BusinessException.class);
    }

    @Test
    void eachSideOfAMonthlyDepositIsRoundedHalfUpToTheFenOrTheYuan() {
        AccountSettings fen = new AccountSettings(java.time.ZoneId.of("Asia/Shanghai"), new AccountSettings.Base(0, 1),
                new AccountSettings.Deposit(AccountSettings.Precision.FEN), null);
        AccountSettings yuan = new AccountSettings(java.time.ZoneId.of("Asia/Shanghai"), new AccountSettings.Base(0, 1),
                new AccountSettings.Deposit(AccountSettings.Precision.YUAN), null);
        // 8500.50 × 12% = 1020.06; × 7% = 595.035 → 595.04 (fen) or 595 (yuan)
        assertThat(new DepositCalculator(fen).monthly(850_050, 12, 7)).isEqualTo(102_006 + 59_504);
        assertThat(new DepositCalculator(yuan).monthly(850_050, 12, 7)).isEqualTo(102_000 + 59_500);
        assertThat(AccountSettings.Precision.YUAN.round(new java.math.BigDecimal("150"), RoundingMode.HALF_UP)).isEqualTo(200);
    }

    @Test
    void ratesAreWholePercentsFromFiveToTwelve() {
        assertThat(ContributionRate.of("单位缴存比例", 5).percent()).isEqualTo(5);
        assertThatThrownBy(() -> ContributionRate.of("单位缴存比例", 4)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ContributionRate.of("单位缴存比例", 13)).isInstanceOf(BusinessException.class);
    }
}
