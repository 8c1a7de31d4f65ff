package com.gjjhall.account.export;

import com.gjjhall.account.view.EmployeeRows;
import com.gjjhall.account.view.EmployeeView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Consumer;

/**
 * Streams a unit's whole roster (全量清册) in account-number order, a thousand rows per fetch: PostgreSQL only
 * streams a result inside a transaction, so the read runs in a read-only one. Memory stays flat whatever the size.
 */
@Component
public class RosterExport {

    /** The columns, with the data standard's field names where it has them; CSV and XLSX share them. */
    static final String[] HEADER = {"个人账号(GRZH)", "姓名", "身份证号码", "部门", "账户状态", "个人缴存基数(GRJCJS)",
            "单位缴存比例(DWJCBL)", "个人缴存比例(GRJCBL)", "月缴存额", "个人账户余额(GRZHYE)", "缴至年月(JZNY)", "起缴年月",
            "封存年月", "手机号码"};

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final EmployeeRows rows;

    RosterExport(DataSource dataSource, TransactionTemplate transaction, EmployeeRows rows) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.rows = rows;
    }

    public void forEach(String unitId, Consumer<EmployeeView> sink) {
        readOnly.executeWithoutResult(status -> streaming.query(
                EmployeeRows.SELECT + " where e.unit_id = ? order by e.personal_account_number",
                rs -> {
                    sink.accept(rows.mapRow(rs, 0));
                }, unitId));
    }
}
