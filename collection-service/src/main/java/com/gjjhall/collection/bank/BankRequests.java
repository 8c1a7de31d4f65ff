package com.gjjhall.collection.bank;

import com.gjjhall.collection.CollectionSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests sent to banks: which aggregate an answer belongs to, and, while unanswered, when to ask
 * again. Written in the transaction of the event that sent or answered the request.
 */
@Component
public class BankRequests {

    /** What was asked of a bank. */
    public enum Kind {
        DEBIT,
        VERIFICATION
    }

    /** A request sent to a bank: what it asked and which aggregate its answer goes to. */
    public record Sent(Kind kind, String aggregateId) {
    }

    /** An unanswered request whose time to be checked has come. */
    public record Due(String requestId, Kind kind, String aggregateId, int checks) {
    }

    /**
     * {@link #sent} as a clause of a {@code with} statement, for a caller that writes the request's row in the
     * statement that records the request's effect (the debit status: a round trip saved on every debit).
     * Parameters: request id, kind, aggregate id, {@link #firstCheckAt}.
     */
    public static final String SENT_CLAUSE = """
            sent_request as (
                insert into bank_request (request_id, kind, aggregate_id, pending, checks, next_check_at)
                values (?, ?, ?, true, 0, ?) on conflict (request_id) do nothing)""";
    /** {@link #answered} as a clause of a {@code with} statement. Parameter: request id. */
    public static final String ANSWERED_CLAUSE = """
            answered_request as (update bank_request set pending = false where request_id = ? and pending)""";

    private final JdbcTemplate jdbc;
    private final CollectionSettings settings;

    BankRequests(JdbcTemplate jdbc, CollectionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A request went out; sending it again (same id) changes nothing here. */
    public void sent(String requestId, Kind kind, String aggregateId, Instant at) {
        jdbc.update("""
                insert into bank_request (request_id, kind, aggregate_id, pending, checks, next_check_at)
                values (?, ?, ?, true, 0, ?) on conflict (request_id) do nothing""",
                requestId, kind.name(), aggregateId, firstCheckAt(at));
    }

    /**
     * When a request sent at {@code sentAt} is first asked about if unanswered: the last parameter of
     * {@link #SENT_CLAUSE}.
     */
    public Timestamp firstCheckAt(Instant sentAt) {
        return Timestamp.from(sentAt.plus(settings.bankAnswerTimeout()));
    }

    public void answered(String requestId) {
        jdbc.update("update bank_request set pending = false where request_id = ? and pending", requestId);
    }

    /**
     * The requests among these ids that this service sent, answered or not, by id: a poll's answers routed with one
     * query. An id missing was never sent from here.
     */
    public Map<String, Sent> find(Collection<String> requestIds) {
        Map<String, Sent> found = new HashMap<>();
        if (requestIds.isEmpty()) {
            return found;
        }
        jdbc.query("select request_id, kind, aggregate_id from bank_request where request_id = any(?)",
                rs -> {
                    found.put(rs.getString(1), new Sent(Kind.valueOf(rs.getString(2)), rs.getString(3)));
                }, (Object) requestIds.toArray(String[]::new));
        return found;
    }

    public List<Due> due(Instant now, int limit) {
        return jdbc.query("""
                select request_id, kind, aggregate_id, checks from bank_request
                where pending and next_check_at <= ? order by next_check_at limit ?""",
                (rs, i) -> new Due(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)),
                Timestamp.from(now), limit);
    }

    /**
     * Takes a due request for checking now and sets its next check: one answer timeout away for the first
     * two checks (a lost answer is asked for again promptly), then twice as far each time, up to the longest
     * interval (a bank that keeps silent is not flooded). @return false when another instance took it first
     * or it was answered meanwhile
     */
    public boolean claim(Due due, Instant now) {
        Duration wait = settings.bankAnswerTimeout().multipliedBy(1L << Math.min(Math.max(0, due.checks() - 1), 20));
        if (wait.compareTo(settings.maxCheckInterval()) > 0) {
            wait = settings.maxCheckInterval();
        }
        return jdbc.update("""
                update bank_request set checks = checks + 1, next_check_at = ?
                where request_id = ? and pending and checks = ?""",
                Timestamp.from(now.plus(wait)), due.requestId(), due.checks()) == 1;
    }
}
