package com.gjjhall.account.timing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Optional;

/** The remittance facts as the inbound handlers wrote them. */
@Component
class JdbcRemittanceFacts implements RemittanceFacts {

    private static final String LIVE_MONTHLY = """
            from remittance_order_month m join remittance_order o on o.order_id = m.order_id
            where m.unit_id = ? and o.kind = 'MONTHLY' and o.state <> 'VOID'""";

    private final JdbcTemplate jdbc;

    JdbcRemittanceFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<YearMonth> latestEnteredMonth(String unitId) {
        return Optional.ofNullable(jdbc.queryForObject("select max(m.month) " + LIVE_MONTHLY, String.class, unitId))
                .map(YearMonth::parse);
    }

    @Override
    public boolean isMonthEntered(String unitId, YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 " + LIVE_MONTHLY + " and m.month = ?)",
                Boolean.class, unitId, month.toString()));
    }

    @Override
    public boolean isMonthFinished(String unitId, YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 and bool_and(o.state = 'CREDITED') " + LIVE_MONTHLY + " and m.month = ?",
                Boolean.class, unitId, month.toString()));
    }

    @Override
    public boolean isCredited(String personalAccountNumber, YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from contribution_credit where personal_account_number = ? and month = ?)",
                Boolean.class, personalAccountNumber, month.toString()));
    }

    @Override
    public Optional<YearMonth> lastCreditedMonth(String personalAccountNumber) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(month) from contribution_credit where personal_account_number = ?", String.class,
                personalAccountNumber)).map(YearMonth::parse);
    }
}
