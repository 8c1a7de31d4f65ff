package com.gjjhall.account.timing;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What this service knows of a unit's remittances, learnt from remittance-service's events: the timing rules
 * of sealing and unsealing are decided on these facts. "Entered" means a live monthly remittance order (录入 and
 * later, not cancelled or expired); "finished" means every such order for the month is credited.
 */
public interface RemittanceFacts {

    Optional<YearMonth> latestEnteredMonth(String unitId);

    boolean isMonthEntered(String unitId, YearMonth month);

    boolean isMonthFinished(String unitId, YearMonth month);

    boolean isCredited(String personalAccountNumber, YearMonth month);

    Optional<YearMonth> lastCreditedMonth(String personalAccountNumber);
}
