package com.gjjhall.banksimulator.fault;

import com.gjjhall.banksimulator.AdminAccess;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Sets how badly the banks behave, for tests, demos and benchmarks. A field left out means no such fault. */
@RestController
class FaultController {

    /** The faults as the admin API shows and takes them. */
    record FaultsView(double failureRate, long latencyMillis, double lostAnswerRate, double duplicateAnswerRate) {

        static FaultsView of(FaultSettings settings) {
            return new FaultsView(settings.failureRate(), settings.latency().toMillis(), settings.lostAnswerRate(),
                    settings.duplicateAnswerRate());
        }

        FaultSettings settings() {
            return new FaultSettings(failureRate, Duration.ofMillis(latencyMillis), lostAnswerRate, duplicateAnswerRate);
        }
    }

    private final Faults faults;

    FaultController(Faults faults) {
        this.faults = faults;
    }

    @GetMapping("/api/bank/faults")
    FaultsView get(CurrentOperator caller) {
        AdminAccess.require(caller);
        return FaultsView.of(faults.settings());
    }

    @PutMapping("/api/bank/faults")
    FaultsView set(@RequestBody FaultsView requested, CurrentOperator caller) {
        AdminAccess.require(caller);
        faults.set(requested.settings());
        return FaultsView.of(faults.settings());
    }
}
