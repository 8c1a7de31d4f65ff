package com.gjjhall.account.credit;

import com.gjjhall.account.ledger.BusinessType;
import com.gjjhall.contracts.remittance.CreditedLine;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The set-based statements of one credited part: each is one round trip whatever the number of lines. */
final class CreditBatch {

    private final List<CreditedLine> lines;

    CreditBatch(List<CreditedLine> lines) {
        this.lines = lines;
    }

    /** Inserts one credit per (account, month); returns the lines that were not credited before. */
    List<CreditedLine> insertCredits(JdbcTemplate jdbc, String unitId, String orderId) {
        return jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into contribution_credit (personal_account_number, month, unit_id, order_id,
                        unit_amount_fen, personal_amount_fen)
                    select p, m, ?, ?, u, pe from unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[]) as t(p, m, u, pe)
                    on conflict do nothing
                    returning personal_account_number, month, unit_amount_fen, personal_amount_fen""")) {
                ps.setString(1, unitId);
                ps.setString(2, orderId);
                ps.setArray(3, c.createArrayOf("varchar", lines.stream().map(CreditedLine::personalAccountNumber).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", lines.stream().map(l -> l.month().toString()).toArray()));
                ps.setArray(5, c.createArrayOf("bigint", lines.stream().map(CreditedLine::unitAmountFen).toArray()));
                ps.setArray(6, c.createArrayOf("bigint", lines.stream().map(CreditedLine::personalAmountFen).toArray()));
                List<CreditedLine> fresh = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(new CreditedLine(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getLong(3),
                                rs.getLong(4)));
                    }
                }
                return fresh;
            }
        });
    }

    /** Adds the fresh credits to the balances; returns each account's new balance. An unknown account fails the part. */
    Map<String, Long> addToBalances(JdbcTemplate jdbc, List<CreditedLine> fresh) {
        Map<String, long[]> perAccount = new LinkedHashMap<>();
        Map<String, String> lastMonth = new HashMap<>();
        for (CreditedLine line : fresh) {
            perAccount.computeIfAbsent(line.personalAccountNumber(), k -> new long[1])[0]
                    += line.unitAmountFen() + line.personalAmountFen();
            lastMonth.merge(line.personalAccountNumber(), line.month().toString(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        String[] accounts = perAccount.keySet().toArray(String[]::new);
        Map<String, Long> balances = jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update employee_account e set balance_fen = e.balance_fen + t.amount,
                        last_credited_month = greatest(e.last_credited_month, t.month), updated_at = now()
                    from unnest(?::varchar[], ?::bigint[], ?::varchar[]) as t(p, amount, month)
                    where e.personal_account_number = t.p
                    returning e.personal_account_number, e.balance_fen""")) {
                ps.setArray(1, c.createArrayOf("varchar", accounts));
                ps.setArray(2, c.createArrayOf("bigint", perAccount.values().stream().map(a -> a[0]).toArray()));
                ps.setArray(3, c.createArrayOf("varchar", perAccount.keySet().stream().map(lastMonth::get).toArray()));
                Map<String, Long> result = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return result;
            }
        });
        if (balances.size() != accounts.length) {
            List<String> unknown = perAccount.keySet().stream().filter(a -> !balances.containsKey(a)).limit(10).toList();
            throw new IllegalStateException("credited lines name personal accounts this service does not have: " + unknown);
        }
        return balances;
    }

    /** One personal ledger row per credited month, each with the balance after it (months in order). */
    void writePersonalLedger(JdbcTemplate jdbc, List<CreditedLine> fresh, Map<String, Long> newBalances, String unitId,
                             Date valueDate, BusinessType type, String reference) {
        Map<String, List<CreditedLine>> byAccount = fresh.stream().collect(
                Collectors.groupingBy(CreditedLine::personalAccountNumber, LinkedHashMap::new, Collectors.toList()));
        int n = fresh.size();
        Object[] accounts = new Object[n];
        Object[] months = new Object[n];
        Object[] amounts = new Object[n];
        Object[] after = new Object[n];
        int i = 0;
        for (Map.Entry<String, List<CreditedLine>> entry : byAccount.entrySet()) {
            List<CreditedLine> ordered = entry.getValue().stream().sorted(Comparator.comparing(CreditedLine::month)).toList();
            long balance = newBalances.get(entry.getKey())
                    - ordered.stream().mapToLong(l -> l.unitAmountFen() + l.personalAmountFen()).sum();
            for (CreditedLine line : ordered) {
                long amount = line.unitAmountFen() + line.personalAmountFen();
                balance += amount;
                accounts[i] = line.personalAccountNumber();
                months[i] = line.month().toString();
                amounts[i] = amount;
                after[i] = balance;
                i++;
            }
        }
        jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into personal_ledger (personal_account_number, unit_id, value_date, business_type, month,
                        amount_fen, balance_after_fen, reference)
                    select p, ?, ?, ?, m, a, b, ? from unnest(?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[])
                        with ordinality as t(p, m, a, b, o) order by o""")) {
                ps.setString(1, unitId);
                ps.setDate(2, valueDate);
                ps.setString(3, type.code());
                ps.setString(4, reference);
                ps.setArray(5, array(c, "varchar", accounts));
                ps.setArray(6, array(c, "varchar", months));
                ps.setArray(7, array(c, "bigint", amounts));
                ps.setArray(8, array(c, "bigint", after));
                return ps.executeUpdate();
            }
        });
    }

    String monthsLabel(List<CreditedLine> fresh) {
        TreeSet<YearMonth> months = fresh.stream().map(CreditedLine::month).collect(Collectors.toCollection(TreeSet::new));
        return months.size() == 1 ? months.first().toString() : months.first() + "至" + months.last();
    }

    private static Array array(Connection c, String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }
}
