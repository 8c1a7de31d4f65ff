package com.gjjhall.audit.view.rebuild;

import com.gjjhall.audit.view.LogProjection;
import com.gjjhall.audit.view.ViewSchema;
import com.gjjhall.audit.view.ViewTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a view row by row, in the database: a full join on each table's key, rows
 * differing in any column (or present on one side only; a missing side is a null row) reported with both
 * sides as JSON. Whole rows are compared as row values; only differing rows are turned into JSON.
 */
@Component
class ViewComparison {

    private final JdbcTemplate jdbc;

    ViewComparison(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param max how many differing rows to return at most; {@link Differences#total()} counts them all */
    Differences compare(LogProjection view, int liveVersion, long livePosition, int rebuiltVersion,
                        long rebuiltPosition, int max) {
        long total = 0;
        List<Difference> shown = new ArrayList<>();
        for (ViewTable<?> table : view.tables()) {
            String key = table.keyColumn();
            String differing = " from " + ViewSchema.table(view, table, liveVersion) + " l full join "
                    + ViewSchema.table(view, table, rebuiltVersion) + " r on l." + key + " = r." + key
                    + " where l is distinct from r";
            int room = max - shown.size();
            if (room <= 0) {
                Long count = jdbc.queryForObject("select count(*)" + differing, Long.class);
                total += count == null ? 0 : count;
                continue;
            }
            long[] count = {0};
            jdbc.query("select coalesce(l." + key + ", r." + key + "), to_jsonb(l)::text, to_jsonb(r)::text,"
                    + " count(*) over ()" + differing + " order by 1 limit ?", rs -> {
                        count[0] = rs.getLong(4);
                        shown.add(new Difference(table.name(), rs.getString(1), rs.getString(2), rs.getString(3)));
                    }, room);
            total += count[0];
        }
        return new Differences(liveVersion, livePosition, rebuiltVersion, rebuiltPosition, total, shown);
    }
}
