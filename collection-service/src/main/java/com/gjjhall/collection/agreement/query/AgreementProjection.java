package com.gjjhall.collection.agreement.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.collection.agreement.command.AgreementApplicationAccepted;
import com.gjjhall.collection.agreement.command.AgreementApplicationRefused;
import com.gjjhall.collection.agreement.command.AgreementApplicationSubmitted;
import com.gjjhall.collection.agreement.command.AgreementCancelled;
import com.gjjhall.collection.agreement.command.AgreementTookEffect;
import com.gjjhall.collection.agreement.command.PayerAccountVerificationRequested;
import com.gjjhall.collection.agreement.command.PayerAccountVerified;
import com.gjjhall.collection.agreement.command.PayerAccountsCancelled;
import com.gjjhall.collection.bank.BankRequests;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreements, their payer accounts and every application, written in the command's transaction: an
 * operator who just applied sees the application at once. Also watches the account checks until answered.
 */
@Component
@ProcessingGroup("agreement-view")
class AgreementProjection {

    private final JdbcTemplate jdbc;
    private final BankRequests bankRequests;
    private final ApplicationOutcomes outcomes;
    private final ObjectMapper json;

    AgreementProjection(JdbcTemplate jdbc, BankRequests bankRequests, ApplicationOutcomes outcomes, ObjectMapper json) {
        this.jdbc = jdbc;
        this.bankRequests = bankRequests;
        this.outcomes = outcomes;
        this.json = json;
    }

    @EventHandler
    void on(AgreementApplicationSubmitted event) {
        jdbc.update("""
                insert into agreement_view (unit_id, agreement_id, state, updated_at) values (?, null, 'NONE', ?)
                on conflict (unit_id) do nothing""", event.unitId(), Timestamp.from(event.submittedAt()));
        insertApplication(event.applicationId(), event.unitId(), event.agreementId(), event.applicationType(),
                ApplicationView.VERIFYING, event.addedAccounts(), event.replacedAccountNumbers(), null,
                event.submittedBy(), event.submittedAt());
    }

    @EventHandler
    void on(PayerAccountVerificationRequested event) {
        bankRequests.sent(event.requestId(), BankRequests.Kind.VERIFICATION, event.unitId(), event.requestedAt());
    }

    @EventHandler
    void on(PayerAccountVerified event) {
        bankRequests.answered(event.requestId());
    }

    @EventHandler
    void on(AgreementApplicationRefused event) {
        jdbc.update("""
                update agreement_application set state = 'REFUSED', refused_account = ?, refusal_reason_code = ?,
                    refusal_reason = ?, decided_at = ? where application_id = ?""",
                event.account().accountNumber(), event.reasonCode(), event.reason(), Timestamp.from(event.refusedAt()),
                event.applicationId());
        closeVerifications(event.applicationId());
        outcomes.decided(event.applicationId());
    }

    @EventHandler
    void on(AgreementApplicationAccepted event) {
        jdbc.update("update agreement_application set state = 'AWAITING_BANK', decided_at = ? where application_id = ?",
                Timestamp.from(event.acceptedAt()), event.applicationId());
        outcomes.decided(event.applicationId());
    }

    @EventHandler
    void on(AgreementTookEffect event) {
        jdbc.update("""
                update agreement_application set state = 'EFFECTIVE', resulting_accounts = ?, confirmed_by = ?,
                    decided_at = ? where application_id = ?""",
                write(published(event.accounts())), event.confirmedBy(), Timestamp.from(event.effectiveAt()),
                event.applicationId());
        jdbc.update("update agreement_view set agreement_id = ?, state = 'EFFECTIVE', updated_at = ? where unit_id = ?",
                event.agreementId(), Timestamp.from(event.effectiveAt()), event.unitId());
        replaceAccounts(event.unitId(), event.accounts(), event.effectiveAt());
        outcomes.decided(event.applicationId());
    }

    @EventHandler
    void on(PayerAccountsCancelled event) {
        insertApplication(event.applicationId(), event.unitId(), event.agreementId(),
                AgreementApplicationType.ACCOUNT_CANCELLATION, ApplicationView.EFFECTIVE, List.of(),
                event.cancelledAccountNumbers(), event.remainingAccounts(), event.cancelledBy(), event.cancelledAt());
        jdbc.update("delete from agreement_account where unit_id = ? and account_number = any (?)",
                event.unitId(), event.cancelledAccountNumbers().toArray(String[]::new));
        for (int i = 0; i < event.remainingAccounts().size(); i++) {
            jdbc.update("update agreement_account set position = ? where unit_id = ? and account_number = ?",
                    i + 1, event.unitId(), event.remainingAccounts().get(i).accountNumber());
        }
    }

    @EventHandler
    void on(AgreementCancelled event) {
        List<String> ended = jdbc.queryForList(
                "select account_number from agreement_account where unit_id = ? order by position", String.class,
                event.unitId());
        List<String> open = jdbc.queryForList("""
                select application_id from agreement_application
                where unit_id = ? and state in ('VERIFYING', 'AWAITING_BANK')""", String.class, event.unitId());
        for (String applicationId : open) {
            jdbc.update("update agreement_application set state = 'WITHDRAWN', decided_at = ? where application_id = ?",
                    Timestamp.from(event.cancelledAt()), applicationId);
            closeVerifications(applicationId);
        }
        insertApplication(event.applicationId(), event.unitId(), event.agreementId(),
                AgreementApplicationType.METHOD_CANCELLATION, ApplicationView.EFFECTIVE, List.of(), ended, List.of(),
                event.cancelledBy(), event.cancelledAt());
        jdbc.update("update agreement_view set state = 'ENDED', updated_at = ? where unit_id = ?",
                Timestamp.from(event.cancelledAt()), event.unitId());
        jdbc.update("delete from agreement_account where unit_id = ?", event.unitId());
    }

    private void insertApplication(String applicationId, String unitId, String agreementId, AgreementApplicationType type,
                                   String state, List<PayerAccountDetails> added, List<String> removed,
                                   List<PayerAccountDetails> resulting, String by, Instant at) {
        boolean decided = !ApplicationView.VERIFYING.equals(state);
        jdbc.update("""
                insert into agreement_application (application_id, unit_id, agreement_id, application_type, state,
                    added_accounts, removed_accounts, resulting_accounts, submitted_by, submitted_at, confirmed_by,
                    decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                applicationId, unitId, agreementId, type.name(), state, write(published(added)), write(removed),
                resulting == null ? null : write(published(resulting)), by, Timestamp.from(at),
                decided ? by : null, decided ? Timestamp.from(at) : null);
    }

    /** The accounts in force become exactly these; an account that stays keeps the date it took effect. */
    private void replaceAccounts(String unitId, List<PayerAccountDetails> accounts, Instant at) {
        Map<String, Timestamp> since = new HashMap<>();
        jdbc.query("select account_number, effective_at from agreement_account where unit_id = ?",
                rs -> {
                    since.put(rs.getString(1), rs.getTimestamp(2));
                }, unitId);
        jdbc.update("delete from agreement_account where unit_id = ?", unitId);
        for (int i = 0; i < accounts.size(); i++) {
            PayerAccountDetails account = accounts.get(i);
            jdbc.update("""
                    insert into agreement_account (unit_id, account_number, position, bank_code, account_name, effective_at)
                    values (?, ?, ?, ?, ?, ?)""",
                    unitId, account.accountNumber(), i + 1, account.bankCode(), account.accountName(),
                    since.getOrDefault(account.accountNumber(), Timestamp.from(at)));
        }
    }

    private void closeVerifications(String applicationId) {
        jdbc.update("update bank_request set pending = false where kind = 'VERIFICATION' and request_id like ? and pending",
                applicationId + "-%");
    }

    private static List<Object> published(List<PayerAccountDetails> accounts) {
        return accounts.stream().<Object>map(PayerAccountDetails::published).toList();
    }

    private String write(List<?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + values, e);
        }
    }
}
