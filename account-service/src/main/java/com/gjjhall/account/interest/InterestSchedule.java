package com.gjjhall.account.interest;

import com.gjjhall.account.shared.AccountSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Settles the year's interest in the evening of 30 June, after the day's credits (结息日). */
@Component
class InterestSchedule {

    private final InterestSettlement settlement;
    private final Clock clock;
    private final AccountSettings settings;

    InterestSchedule(InterestSettlement settlement, Clock clock, AccountSettings settings) {
        this.settlement = settlement;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(cron = "0 30 22 30 6 *", zone = "${gjj.account.zone:Asia/Shanghai}")
    void onSettlementDay() {
        settlement.settle(new InterestYear(LocalDate.now(clock.withZone(settings.zone())).getYear()));
    }
}
