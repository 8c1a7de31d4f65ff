package com.gjjhall.account.timing;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.AccountSettings;
import com.gjjhall.servicekit.errors.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Guide 三.3: seal after the last month is credited; unseal after last month is finished, before the start month. */
class ContributionTimingTest {

    private static final String UNIT = "U1";
    private static final String ACCOUNT = "100000000001";
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private final Facts facts = new Facts();
    private final ContributionTiming timing = new ContributionTiming(facts,
            Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("UTC")),
            new AccountSettings(ZoneId.of("Asia/Shanghai"), null, null, null));

    @Test
    void aSealIsRefusedWhileTheUnitsLatestEnteredMonthIsNotCreditedForTheEmployee() {
        facts.entered.put(NOV, false);
        assertThatThrownBy(() -> timing.sealFrom(UNIT, ACCOUNT, OCT))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(AccountError.LAST_MONTH_NOT_CREDITED));
        facts.credited.add(NOV);
        assertThat(timing.sealFrom(UNIT, ACCOUNT, OCT)).isEqualTo(DEC);
    }

    @Test
    void anEmployeeStartingAfterTheLatestEnteredMonthIsSealedFromTheStartMonth() {
        facts.entered.put(NOV, false);
        assertThat(timing.sealFrom(UNIT, ACCOUNT, DEC)).isEqualTo(DEC);
    }

    @Test
    void withNothingEnteredTheSealFollowsTheLastCreditedMonth() {
        facts.credited.add(OCT);
        assertThat(timing.sealFrom(UNIT, ACCOUNT, OCT)).isEqualTo(NOV);
    }

    @Test
    void anUnsealIsRefusedOnceTheStartMonthIsEnteredOrWhileThePreviousMonthIsUnfinished() {
        facts.entered.put(NOV, false);
        assertThatThrownBy(() -> timing.requireUnsealAllowed(UNIT, NOV)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(AccountError.START_MONTH_ALREADY_ENTERED));
        assertThatThrownBy(() -> timing.requireUnsealAllowed(UNIT, DEC)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(AccountError.PREVIOUS_MONTH_NOT_FINISHED));
        facts.entered.put(NOV, true);
        timing.requireUnsealAllowed(UNIT, DEC);
    }

    @Test
    void theNextOpenMonthIsTheMonthAfterTheLatestEnteredOneOrThisMonth() {
        assertThat(timing.nextOpenMonth(UNIT)).isEqualTo(NOV);
        facts.entered.put(NOV, true);
        assertThat(timing.nextOpenMonth(UNIT)).isEqualTo(DEC);
    }

    /** Months entered (true once finished) and months credited to the one employee. */
    private static final class Facts implements RemittanceFacts {
        final Map<YearMonth, Boolean> entered = new HashMap<>();
        final Set<YearMonth> credited = new HashSet<>();

        @Override
        public Optional<YearMonth> latestEnteredMonth(String unitId) {
            return entered.keySet().stream().max(YearMonth::compareTo);
        }

        @Override
        public boolean isMonthEntered(String unitId, YearMonth month) {
            return entered.containsKey(month);
        }

        @Override
        public boolean isMonthFinished(String unitId, YearMonth month) {
            return Boolean.TRUE.equals(entered.get(month));
        }

        @Override
        public boolean isCredited(String personalAccountNumber, YearMonth month) {
            return credited.contains(month);
        }

        @Override
        public Optional<YearMonth> lastCreditedMonth(String personalAccountNumber) {
            return credited.stream().max(YearMonth::compareTo);
        }
    }
}
