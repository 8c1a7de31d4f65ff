package com.gjjhall.account.bench;

import com.gjjhall.account.AccountApplication;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.RealInfrastructure;
import com.gjjhall.testkit.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * account-service in this JVM against the real PostgreSQL and Kafka of the test kit, with a unit of many
 * employees written straight into the views (the benchmarks measure exports and credits, not openings).
 * Run a benchmark after {@code mvn -o -pl account-service test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test} with
 * {@code java -Xmx512m -Xmn64m -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat cp.txt) <class>}.
 */
final class BenchApp implements AutoCloseable {

    /** The raw limits of this kind of machine (shared/STACK.md), printed beside each figure. */
    static final String RAW_LIMITS = """
            raw limits of this machine (STACK.md): PostgreSQL 1 row/tx 6.7k-7.0k rows/s, 100 rows/tx 34k-39k rows/s,
              batched inserts ~49k rows/s, ordered read (fetch 1,000) 132k-160k rows/s; Axon 1 command -> 1 event
              1.4k-1.9k/s; Kafka consume 402k-558k records/s""";

    final Infrastructure infrastructure = RealInfrastructure.get();
    final ConfigurableApplicationContext context;
    final JdbcTemplate jdbc;
    final String baseUrl;

    BenchApp(String database) {
        infrastructure.dropDatabase(database);
        // System properties, as the test kit sets them: they outrank the platform defaults.
        System.setProperty("spring.datasource.url", infrastructure.jdbcUrl(database));
        System.setProperty("spring.datasource.username", infrastructure.username());
        System.setProperty("spring.datasource.password", infrastructure.password());
        System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        System.setProperty("gjj.tokens.jwks-uri", TestTokens.get().jwksUri());
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "WARN");
        context = new SpringApplicationBuilder(AccountApplication.class).run();
        jdbc = context.getBean(JdbcTemplate.class);
        baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The machine's load average now: figures taken while other builds run are not comparable. */
    static String load() {
        return String.format("load average %.1f on %d cores", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    String operatorToken(String unitId) {
        return TestTokens.get().issue("OP-BENCH", unitId, "OPERATOR");
    }

    /** A unit account (12%/12%) and {@code employees} active accounts numbered from {@code firstAccount}. */
    List<String> seedUnit(String unitId, int employees, long firstAccount) throws Exception {
        jdbc.update("""
                insert into unit_account (unit_id, unit_account_number, unit_name, unit_rate, personal_rate, opened_at)
                values (?, ?, ?, 12, 12, now())""", unitId, String.valueOf(firstAccount), "基准测试单位" + unitId);
        jdbc.update("insert into department (unit_id, department_id, name) values (?, 'D1', '综合部')", unitId);
        List<String> accounts = new ArrayList<>();
        String month = YearMonth.now().toString();
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "欧阳", "赵", "黄", "周"};
        String[] given = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "𠮷"};
        try (Connection c = jdbc.getDataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into employee_account (personal_account_number, unit_id, id_number, name, mobile,
                         department_id, status, base_fen, base_from_month, start_month, balance_fen, opened_at, updated_at)
                     values (?, ?, ?, ?, ?, 'D1', '01', ?, ?, ?, ?, now(), now())""")) {
            for (int i = 0; i < employees; i++) {
                String account = String.valueOf(firstAccount + i);
                String birth = LocalDate.of(1960, 1, 1).plusDays(i % 15_000).format(DateTimeFormatter.BASIC_ISO_DATE);
                String first17 = "420102" + birth + String.format("%03d", i / 15_000);
                ps.setString(1, account);
                ps.setString(2, unitId);
                ps.setString(3, first17 + IdNumber.checkCharacter(first17));
                ps.setString(4, surnames[i % surnames.length] + given[(i / 10) % given.length]);
                ps.setString(5, "139" + String.format("%08d", i));
                ps.setLong(6, 500_000 + (i % 100) * 10_000);
                ps.setString(7, month);
                ps.setString(8, month);
                ps.setLong(9, 1_000_000 + i);
                ps.addBatch();
                accounts.add(account);
                if (i % 5_000 == 4_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return accounts;
    }

    @Override
    public void close() {
        context.close();
    }
}
