package com.gjjhall.account.timing;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.AccountSettings;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When an employee may stop and start contributing (guide 三.3, DOMAIN.md):
 * <ul>
 *   <li>封存 after the employee's last contribution month is credited and before the unit's next month is
 *       entered. The last contribution month is the unit's latest entered month, when the employee was
 *       contributing then; the seal takes effect from the month after it, so the next remittance leaves the
 *       employee out (and an account opened and sealed before its first month is entered is never billed).</li>
 *   <li>启封 after the unit's previous month's remittance is finished (credited) and before the start month's
 *       remittance is entered.</li>
 * </ul>
 */
@Component
public class ContributionTiming {

    private final RemittanceFacts facts;
    private final Clock clock;
    private final ZoneId zone;

    public ContributionTiming(RemittanceFacts facts, Clock clock, AccountSettings settings) {
        this.facts = facts;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** The first month the employee no longer contributes; refused while the last month is not credited. */
    public YearMonth sealFrom(String unitId, String personalAccountNumber, YearMonth contributingFrom) {
        Optional<YearMonth> lastEntered = facts.latestEnteredMonth(unitId);
        if (lastEntered.isPresent() && !lastEntered.get().isBefore(contributingFrom)
                && !facts.isCredited(personalAccountNumber, lastEntered.get())) {
            throw new BusinessException(AccountError.LAST_MONTH_NOT_CREDITED,
                    AccountError.LAST_MONTH_NOT_CREDITED.message() + "（" + lastEntered.get() + "的公积金尚未到账）");
        }
        return Stream.of(lastEntered.map(m -> m.plusMonths(1)),
                        facts.lastCreditedMonth(personalAccountNumber).map(m -> m.plusMonths(1)),
                        Optional.of(contributingFrom))
                .flatMap(Optional::stream).max(YearMonth::compareTo).orElseThrow();
    }

    public void requireUnsealAllowed(String unitId, YearMonth startMonth) {
        if (facts.isMonthEntered(unitId, startMonth)) {
            throw new BusinessException(AccountError.START_MONTH_ALREADY_ENTERED,
                    AccountError.START_MONTH_ALREADY_ENTERED.message() + "（" + startMonth + "的汇缴已录入）");
        }
        YearMonth previous = startMonth.minusMonths(1);
        if (facts.isMonthEntered(unitId, previous) && !facts.isMonthFinished(unitId, previous)) {
            throw new BusinessException(AccountError.PREVIOUS_MONTH_NOT_FINISHED,
                    AccountError.PREVIOUS_MONTH_NOT_FINISHED.message() + "（" + previous + "的汇缴尚未到账）");
        }
    }

    public void requireNotEntered(String unitId, YearMonth month) {
        if (facts.isMonthEntered(unitId, month)) {
            throw new BusinessException(AccountError.MONTH_ALREADY_ENTERED,
                    AccountError.MONTH_ALREADY_ENTERED.message() + "（" + month + "）");
        }
    }

    /** The first month the unit has not entered: the month after its latest entered one, or this month. */
    public YearMonth nextOpenMonth(String unitId) {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        return facts.latestEnteredMonth(unitId).map(m -> m.plusMonths(1)).filter(m -> m.isAfter(current))
                .orElse(current);
    }
}
