package com.gjjhall.collection.agreement.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.collection.debit.command.PayerAccounts;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.contracts.collection.PayerAccount;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the agreements and applications; also tells debits which account to take them from. */
@Component
public class Agreements implements PayerAccounts {

    private static final TypeReference<List<PayerAccount>> ACCOUNTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NUMBERS = new TypeReference<>() {
    };
    private static final String READ_AHEAD = Agreements.class.getName() + ".debitAccounts";
    private static final String APPLICATION_COLUMNS = """
            application_id, unit_id, agreement_id, application_type, state, added_accounts, removed_accounts,
            resulting_accounts, submitted_by, submitted_at, refused_account, refusal_reason_code, refusal_reason,
            confirmed_by, decided_at""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Agreements(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public AgreementView of(String unitId) {
        String unitName = jdbc.queryForList("select unit_name from unit_directory where unit_id = ?", String.class, unitId)
                .stream().findFirst().orElse(null);
        List<AgreementView.Account> accounts = jdbc.query("""
                select a.position, a.bank_code, a.account_number, a.account_name, s.signed_at, a.effective_at
                from agreement_account a left join payer_signing s
                  on s.bank_code = a.bank_code and s.account_number = a.account_number
                where a.unit_id = ? order by a.position""", (rs, i) -> {
            CooperatingBank bank = CooperatingBank.ofCode(rs.getString(2)).orElseThrow();
            return new AgreementView.Account(rs.getInt(1), bank.code(), bank.chineseName(), rs.getString(3),
                    rs.getString(4), bank.signingRequired(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
        }, unitId);
        ApplicationView inProgress = jdbc.query("select " + APPLICATION_COLUMNS + " from agreement_application "
                        + "where unit_id = ? and state in ('VERIFYING', 'AWAITING_BANK') order by submitted_at desc limit 1",
                (rs, i) -> application(rs), unitId).stream().findFirst().orElse(null);
        return jdbc.query("select agreement_id, state from agreement_view where unit_id = ?",
                        (rs, i) -> new AgreementView(unitId, unitName, rs.getString(1), rs.getString(2),
                                AgreementView.stateText(rs.getString(2)), accounts, inProgress), unitId)
                .stream().findFirst()
                .orElse(new AgreementView(unitId, unitName, null, "NONE", AgreementView.stateText("NONE"), List.of(), null));
    }

    public Optional<ApplicationView> application(String applicationId) {
        return jdbc.query("select " + APPLICATION_COLUMNS + " from agreement_application where application_id = ?",
                (rs, i) -> application(rs), applicationId).stream().findFirst();
    }

    public List<ApplicationView> applications(String unitId, int limit) {
        return jdbc.query("select " + APPLICATION_COLUMNS + " from agreement_application where unit_id = ? "
                + "order by submitted_at desc limit ?", (rs, i) -> application(rs), unitId, limit);
    }

    /** The first payer account of the agreement in force, or none; as read ahead if {@link #readAhead} had the unit. */
    @Override
    public Optional<PayerAccountDetails> debitAccountOf(String unitId) {
        Map<String, PayerAccountDetails> readAhead = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getResource(READ_AHEAD) : null;
        if (readAhead != null && readAhead.containsKey(unitId)) {
            return Optional.ofNullable(readAhead.get(unitId));
        }
        return jdbc.query("""
                select a.bank_code, a.account_number, a.account_name from agreement_account a
                join agreement_view v on v.unit_id = a.unit_id and v.state = 'EFFECTIVE'
                where a.unit_id = ? order by a.position limit 1""",
                (rs, i) -> new PayerAccountDetails(rs.getString(1), rs.getString(2), rs.getString(3)), unitId)
                .stream().findFirst();
    }

    /**
     * The debit accounts of a poll's units in one query, kept for the rest of the current unit of work: its commands
     * change no agreement, so what is read here stays what each would have read. A unit without an agreement in
     * force is kept as none.
     */
    @Override
    public void readAhead(Collection<String> unitIds) {
        Map<String, PayerAccountDetails> accounts = new HashMap<>();
        unitIds.forEach(unitId -> accounts.put(unitId, null));
        jdbc.query("""
                select distinct on (a.unit_id) a.unit_id, a.bank_code, a.account_number, a.account_name
                from agreement_account a join agreement_view v on v.unit_id = a.unit_id and v.state = 'EFFECTIVE'
                where a.unit_id = any(?) order by a.unit_id, a.position""",
                rs -> {
                    accounts.put(rs.getString(1),
                            new PayerAccountDetails(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, (Object) unitIds.toArray(String[]::new));
        CurrentUnitOfWork.get().root().resources().put(READ_AHEAD, accounts);
    }

    private ApplicationView application(ResultSet rs) throws SQLException {
        AgreementApplicationType type = AgreementApplicationType.valueOf(rs.getString(4));
        String state = rs.getString(5);
        String resulting = rs.getString(8);
        return new ApplicationView(rs.getString(1), rs.getString(2), rs.getString(3), type,
                ApplicationView.typeText(type), state, ApplicationView.stateText(state),
                read(rs.getString(6), ACCOUNTS), read(rs.getString(7), NUMBERS),
                resulting == null ? null : read(resulting, ACCOUNTS), rs.getString(9), instant(rs.getTimestamp(10)),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), instant(rs.getTimestamp(15)));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
