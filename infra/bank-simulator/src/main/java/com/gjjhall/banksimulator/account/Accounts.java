package com.gjjhall.banksimulator.account;

import com.gjjhall.banksimulator.BankSimulatorError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The banks' books: accounts, balances and the ledger of every movement. */
@Component
public class Accounts {

    private static final String COLUMNS =
            "bank_code, account_number, account_name, balance_fen, status, signed_at, opened_at";
    private static final RowMapper<BankAccount> ACCOUNT = (rs, i) -> new BankAccount(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getLong(4), AccountStatus.valueOf(rs.getString(5)),
            instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));

    private final JdbcTemplate jdbc;

    public Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BankAccount> find(String bankCode, String accountNumber) {
        return jdbc.query("select " + COLUMNS + " from bank_account where bank_code = ? and account_number = ?",
                ACCOUNT, bankCode, accountNumber).stream().findFirst();
    }

    /** The account, locked until the transaction ends: its balance cannot change under a debit being decided. */
    public Optional<BankAccount> lock(String bankCode, String accountNumber) {
        return jdbc.query("select " + COLUMNS + " from bank_account where bank_code = ? and account_number = ? for update",
                ACCOUNT, bankCode, accountNumber).stream().findFirst();
    }

    /**
     * The accounts, each locked until the transaction ends, taken in one order whatever the order asked
     * (bank, then account number), so two transactions locking several accounts never wait on each other in a
     * circle. Accounts that do not exist are left out.
     */
    public List<BankAccount> lockAll(List<String> bankCodes, List<String> accountNumbers) {
        return jdbc.query("select " + COLUMNS + " from bank_account where (bank_code, account_number) in "
                        + "(select * from unnest(?::varchar[], ?::varchar[])) order by bank_code, account_number for update",
                ACCOUNT, bankCodes.toArray(String[]::new), accountNumbers.toArray(String[]::new));
    }

    public BankAccount require(String bankCode, String accountNumber) {
        return find(bankCode, accountNumber).orElseThrow(() -> new BusinessException(BankSimulatorError.ACCOUNT_NOT_FOUND));
    }

    public List<BankAccount> list(String bankCode, int limit) {
        if (bankCode == null) {
            return jdbc.query("select " + COLUMNS + " from bank_account order by bank_code, account_number limit ?",
                    ACCOUNT, limit);
        }
        return jdbc.query("select " + COLUMNS + " from bank_account where bank_code = ? order by account_number limit ?",
                ACCOUNT, bankCode, limit);
    }

    /** @return false when the account already exists (it is left as it is) */
    public boolean openIfAbsent(BankAccount account) {
        boolean opened = jdbc.update("""
                insert into bank_account (bank_code, account_number, account_name, balance_fen, status, signed_at, opened_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                account.bankCode(), account.accountNumber(), account.accountName(), account.balanceFen(),
                account.status().name(), timestamp(account.signedAt()), timestamp(account.openedAt())) == 1;
        if (opened && account.balanceFen() != 0) {
            entry(account.bankCode(), account.accountNumber(), account.balanceFen(), "OPENING", "开户存入", account.openedAt());
        }
        return opened;
    }

    public void open(BankAccount account) {
        if (!openIfAbsent(account)) {
            throw new BusinessException(BankSimulatorError.ACCOUNT_EXISTS);
        }
    }

    /** Sets what the admin changed: the name, the status, or the balance (booked as an adjustment). */
    public BankAccount change(String bankCode, String accountNumber, String accountName, AccountStatus status,
                              Long balanceFen, Instant at) {
        BankAccount current = lock(bankCode, accountNumber)
                .orElseThrow(() -> new BusinessException(BankSimulatorError.ACCOUNT_NOT_FOUND));
        jdbc.update("update bank_account set account_name = ?, status = ?, balance_fen = ? where bank_code = ? and account_number = ?",
                accountName == null ? current.accountName() : accountName,
                status == null ? current.status().name() : status.name(),
                balanceFen == null ? current.balanceFen() : balanceFen, bankCode, accountNumber);
        if (balanceFen != null && balanceFen != current.balanceFen()) {
            entry(bankCode, accountNumber, balanceFen - current.balanceFen(), "ADJUSTMENT", "余额调整", at);
        }
        return require(bankCode, accountNumber);
    }

    /** Takes money out if the balance covers it. @return false, changing nothing, when it does not */
    public boolean withdraw(String bankCode, String accountNumber, long amountFen, String reference, String memo, Instant at) {
        int updated = jdbc.update("""
                update bank_account set balance_fen = balance_fen - ?
                where bank_code = ? and account_number = ? and balance_fen >= ?""",
                amountFen, bankCode, accountNumber, amountFen);
        if (updated == 1) {
            entry(bankCode, accountNumber, -amountFen, reference, memo, at);
        }
        return updated == 1;
    }

    /**
     * Takes out what each movement says (amounts positive), each account's total at once, only if every
     * account's balance covers its total; books one entry per movement. @throws IllegalStateException, changing
     * nothing, when a balance does not cover it: the caller checked the balances under {@link #lockAll}
     */
    public void withdrawAll(List<Movement> movements, Instant at) {
        Map<List<String>, Long> totals = new LinkedHashMap<>();
        movements.forEach(m -> totals.merge(List.of(m.bankCode(), m.accountNumber()), m.amountFen(), Long::sum));
        int updated = jdbc.update("""
                update bank_account a set balance_fen = a.balance_fen - d.amount_fen
                from unnest(?::varchar[], ?::varchar[], ?::int8[]) as d (bank_code, account_number, amount_fen)
                where a.bank_code = d.bank_code and a.account_number = d.account_number and a.balance_fen >= d.amount_fen""",
                totals.keySet().stream().map(k -> k.get(0)).toArray(String[]::new),
                totals.keySet().stream().map(k -> k.get(1)).toArray(String[]::new),
                totals.values().stream().mapToLong(Long::longValue).toArray());
        if (updated != totals.size()) {
            throw new IllegalStateException(totals.size() - updated + " of " + totals.size()
                    + " accounts cannot pay what was decided for them");
        }
        entries(movements.stream().map(m -> new Movement(m.bankCode(), m.accountNumber(), -m.amountFen(), m.reference(),
                m.memo())).toList(), at);
    }

    /** Books movements into one account without a balance check, in one update: for the fund's own account. */
    public void bookAll(String bankCode, String accountNumber, List<Movement> movements, Instant at) {
        long total = movements.stream().mapToLong(Movement::amountFen).sum();
        if (jdbc.update("update bank_account set balance_fen = balance_fen + ? where bank_code = ? and account_number = ?",
                total, bankCode, accountNumber) == 1) {
            entries(movements, at);
        }
    }

    /** Moves money in or out without a balance check: for the fund's own account. @return false when there is no such account */
    public boolean book(String bankCode, String accountNumber, long amountFen, String reference, String memo, Instant at) {
        int updated = jdbc.update("update bank_account set balance_fen = balance_fen + ? where bank_code = ? and account_number = ?",
                amountFen, bankCode, accountNumber);
        if (updated == 1) {
            entry(bankCode, accountNumber, amountFen, reference, memo, at);
        }
        return updated == 1;
    }

    /** Records the unit-bank signing (收款签约). @return false when it was signed already */
    public boolean sign(String bankCode, String accountNumber, Instant at) {
        require(bankCode, accountNumber);
        return jdbc.update("update bank_account set signed_at = ? where bank_code = ? and account_number = ? and signed_at is null",
                Timestamp.from(at), bankCode, accountNumber) == 1;
    }

    public List<AccountEntry> entries(String bankCode, String accountNumber, int limit) {
        return jdbc.query("""
                select entry_id, amount_fen, reference, memo, booked_at from account_entry
                where bank_code = ? and account_number = ? order by entry_id desc limit ?""",
                (rs, i) -> new AccountEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), bankCode, accountNumber, limit);
    }

    private void entry(String bankCode, String accountNumber, long amountFen, String reference, String memo, Instant at) {
        jdbc.update("""
                insert into account_entry (bank_code, account_number, amount_fen, reference, memo, booked_at)
                values (?, ?, ?, ?, ?, ?)""", bankCode, accountNumber, amountFen, reference, memo, Timestamp.from(at));
    }

    /** One entry per movement, in the movements' order. */
    private void entries(List<Movement> movements, Instant at) {
        jdbc.update("""
                insert into account_entry (bank_code, account_number, amount_fen, reference, memo, booked_at)
                select bank_code, account_number, amount_fen, reference, memo, ?::timestamptz
                from unnest(?::varchar[], ?::varchar[], ?::int8[], ?::varchar[], ?::varchar[])
                    with ordinality as m (bank_code, account_number, amount_fen, reference, memo, n)
                order by n""",
                Timestamp.from(at), movements.stream().map(Movement::bankCode).toArray(String[]::new),
                movements.stream().map(Movement::accountNumber).toArray(String[]::new),
                movements.stream().mapToLong(Movement::amountFen).toArray(),
                movements.stream().map(Movement::reference).toArray(String[]::new),
                movements.stream().map(Movement::memo).toArray(String[]::new));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
