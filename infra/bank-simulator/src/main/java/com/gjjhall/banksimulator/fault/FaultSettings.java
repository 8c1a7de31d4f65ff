package com.gjjhall.banksimulator.fault;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How badly the simulated banks behave ({@code gjj.bank.faults.*} at start, the admin API while running).
 *
 * @param failureRate         share of debits answered 银行方系统故障 instead of being executed
 * @param latency             how long each answer to an instruction takes
 * @param lostAnswerRate      share of answers never sent (the instruction is executed all the same)
 * @param duplicateAnswerRate share of answers and notices sent twice
 */
@ConfigurationProperties("gjj.bank.faults")
public record FaultSettings(@DefaultValue("0") double failureRate,
                            @DefaultValue("0ms") Duration latency,
                            @DefaultValue("0") double lostAnswerRate,
                            @DefaultValue("0") double duplicateAnswerRate) {

    static final Duration MAX_LATENCY = Duration.ofMinutes(1);

    public FaultSettings {
        List<FieldProblem> problems = new ArrayList<>();
        rate("failureRate", failureRate, problems);
        rate("lostAnswerRate", lostAnswerRate, problems);
        rate("duplicateAnswerRate", duplicateAnswerRate, problems);
        if (latency == null || latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
            problems.add(FieldProblem.of("latency", "延迟须在0至60秒之间"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(PlatformError.INVALID_INPUT, PlatformError.INVALID_INPUT.message(), problems);
        }
    }

    private static void rate(String field, double value, List<FieldProblem> problems) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(FieldProblem.of(field, "比例须在0至1之间"));
        }
    }
}
