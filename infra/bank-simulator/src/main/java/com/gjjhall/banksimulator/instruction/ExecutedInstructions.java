package com.gjjhall.banksimulator.instruction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The instructions the bank executed: each id once. */
@Component
public class ExecutedInstructions {

    private static final RowMapper<ExecutedInstruction> ROW = (rs, i) -> new ExecutedInstruction(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    private static final String COLUMNS =
            "instruction_id, kind, bank_code, account_number, amount_fen, memo, reference, outcome, message, executed_at";

    private final JdbcTemplate jdbc;

    ExecutedInstructions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExecutedInstruction> find(String instructionId) {
        return jdbc.query("select " + COLUMNS + " from executed_instruction where instruction_id = ?", ROW, instructionId)
                .stream().findFirst();
    }

    /** The executions of those of the instructions executed before, by instruction id. */
    Map<String, ExecutedInstruction> findAll(Collection<String> instructionIds) {
        Map<String, ExecutedInstruction> found = new HashMap<>();
        jdbc.query("select " + COLUMNS + " from executed_instruction where instruction_id = any(?)", ROW,
                (Object) instructionIds.toArray(String[]::new)).forEach(e -> found.put(e.instructionId(), e));
        return found;
    }

    /**
     * Claims the instruction ids for these executions in one statement. @return the ids claimed now: an id missing
     * was executed already (a copy of it is being handled at the same moment)
     */
    Set<String> recordAll(List<ExecutedInstruction> executions) {
        Set<String> claimed = new HashSet<>();
        jdbc.query("insert into executed_instruction (" + COLUMNS + ") "
                        + "select *, ?::timestamptz from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int8[], "
                        + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) "
                        + "on conflict (instruction_id) do nothing returning instruction_id",
                rs -> {
                    claimed.add(rs.getString(1));
                },
                Timestamp.from(executions.get(0).executedAt()),
                column(executions, ExecutedInstruction::instructionId), column(executions, ExecutedInstruction::kind),
                column(executions, ExecutedInstruction::bankCode), column(executions, ExecutedInstruction::accountNumber),
                executions.stream().mapToLong(ExecutedInstruction::amountFen).toArray(),
                column(executions, ExecutedInstruction::memo), column(executions, ExecutedInstruction::reference),
                column(executions, ExecutedInstruction::outcome), column(executions, ExecutedInstruction::message));
        return claimed;
    }

    private static String[] column(List<ExecutedInstruction> executions, Function<ExecutedInstruction, String> field) {
        return executions.stream().map(field).toArray(String[]::new);
    }

    /**
     * Claims the instruction id for this execution. @return false when it was executed already (a copy of it is
     * being handled at the same moment): the caller answers with the stored outcome instead.
     */
    boolean record(ExecutedInstruction executed) {
        return jdbc.update("insert into executed_instruction (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (instruction_id) do nothing",
                executed.instructionId(), executed.kind(), executed.bankCode(), executed.accountNumber(),
                executed.amountFen(), executed.memo(), executed.reference(), executed.outcome(), executed.message(),
                Timestamp.from(executed.executedAt())) == 1;
    }

    public List<ExecutedInstruction> ofAccount(String bankCode, String accountNumber, int limit) {
        return jdbc.query("select " + COLUMNS + " from executed_instruction where bank_code = ? and account_number = ? "
                + "order by executed_at desc limit ?", ROW, bankCode, accountNumber, limit);
    }

    /** How many instructions of each kind ended with each outcome, e.g. {@code DEBIT SUCCEEDED → 1000}. */
    public Map<String, Long> outcomeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select kind, outcome, count(*) from executed_instruction group by kind, outcome order by kind, outcome",
                rs -> {
                    counts.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                });
        return counts;
    }
}
