package com.gjjhall.remittance.bench;

import com.gjjhall.remittance.batchimport.BatchImport;
import com.gjjhall.remittance.order.command.EnterOrderCommand;
import com.gjjhall.remittance.order.command.LineDraft;
import com.gjjhall.remittance.order.command.OrderKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Batch import of a 100,000-row back-payment file (10,000 employees × 10 months), CSV and XLSX: parse,
 * check every row against the roster, and accept (the order with its 100,000 lines written). Targets:
 * CSV ≤ 3 s, XLSX ≤ 10 s, peak heap ≤ 256 MiB. Run: {@code java -Xmx256m ... BatchImportBenchmark}.
 */
public final class BatchImportBenchmark {

    private static final int EMPLOYEES = 10_000;
    private static final int MONTHS = 10;
    private static final YearMonth FIRST = YearMonth.of(2025, 1);

    private BatchImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (var servers = BenchSupport.startServers();
             var context = BenchSupport.startService(servers, Map.of("gjj.messaging.consume.topics", ""))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            BatchImport imports = context.getBean(BatchImport.class);
            CommandGateway commands = context.getBean(CommandGateway.class);
            Path directory = Files.createTempDirectory("gjj-import-bench-");
            Path csv = directory.resolve("back-payment.csv");
            Path xlsx = directory.resolve("back-payment.xlsx");
            writeCsv(csv, "UCSV");
            writeXlsx(xlsx, "UXLSX");
            seedRoster(jdbc, "UCSV");
            seedRoster(jdbc, "UXLSX");
            System.out.printf("files: CSV %s, XLSX %s, %,d data rows each%n", BenchSupport.mib(Files.size(csv)),
                    BenchSupport.mib(Files.size(xlsx)), EMPLOYEES * MONTHS);
            run("CSV ", csv, "UCSV", imports, commands, 3.0);
            run("XLSX", xlsx, "UXLSX", imports, commands, 10.0);
            System.out.printf("JVM max heap %s%n", BenchSupport.mib(Runtime.getRuntime().maxMemory()));
            System.out.println(BenchSupport.RAW_LIMITS);
        }
        // Client and scheduler threads of the closed context must not keep a finished benchmark alive.
        System.exit(0);
    }

    private static void run(String label, Path file, String unitId, BatchImport imports, CommandGateway commands,
                            double targetSeconds) throws IOException {
        long baseline = BenchSupport.settleAndResetPeaks();
        long start = System.nanoTime();
        List<LineDraft> lines = imports.linesOf(unitId, file, EMPLOYEES * MONTHS, Instant.parse("2026-11-16T02:00:00Z"));
        long checked = System.nanoTime();
        commands.sendAndWait(new EnterOrderCommand("R" + UUID.randomUUID().toString().substring(0, 8), unitId,
                OrderKind.BACK_PAYMENT, lines, "OP-BENCH", UUID.randomUUID().toString()));
        long accepted = System.nanoTime();
        long peak = BenchSupport.peakHeap();
        double total = (accepted - start) / 1e9;
        System.out.printf("%s import of %,d rows: parse+check %.2f s, accept %.2f s, total %.2f s (target ≤ %.0f s: %s), "
                        + "%,.0f rows/s; heap in use before %s, peak during %s (import's own ≤ %s)%n",
                label, lines.size(), (checked - start) / 1e9, (accepted - checked) / 1e9, total, targetSeconds,
                total <= targetSeconds ? "met" : "MISSED", lines.size() / total, BenchSupport.mib(baseline),
                BenchSupport.mib(peak), BenchSupport.mib(peak - baseline));
    }

    private static void writeCsv(Path file, String unitId) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("个人账号,姓名,补缴年月,缴存基数\n");
            for (int e = 0; e < EMPLOYEES; e++) {
                for (int m = 0; m < MONTHS; m++) {
                    out.write(account(unitId, e) + ",职工" + e + "," + month(m) + ",8500.00\n");
                }
            }
        }
    }

    private static void writeXlsx(Path file, String unitId) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("批量补缴");
            Row header = sheet.createRow(0);
            String[] titles = {"个人账号", "姓名", "补缴年月", "缴存基数"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int r = 1;
            for (int e = 0; e < EMPLOYEES; e++) {
                for (int m = 0; m < MONTHS; m++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(account(unitId, e));
                    row.createCell(1).setCellValue("职工" + e);
                    row.createCell(2).setCellValue(Double.parseDouble(month(m)));
                    row.createCell(3).setCellValue(8500.0);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The roster as account events would have left it (written directly: setup, not measured). */
    private static void seedRoster(JdbcTemplate jdbc, String unitId) {
        jdbc.update("insert into unit_account values (?, ?, ?, now())", unitId, "DW" + unitId, "基准测试单位" + unitId);
        jdbc.update("insert into unit_rate values (?, ?, 12, 12)", unitId, Date.valueOf("0001-01-01"));
        List<Object[]> employees = new ArrayList<>();
        List<Object[]> periods = new ArrayList<>();
        List<Object[]> bases = new ArrayList<>();
        for (int e = 0; e < EMPLOYEES; e++) {
            employees.add(new Object[]{account(unitId, e), unitId, "职工" + e, String.format("420101199001%06d", e)});
            periods.add(new Object[]{account(unitId, e), unitId, Date.valueOf("2024-01-01")});
            bases.add(new Object[]{account(unitId, e), Date.valueOf("2024-01-01"), 850_000L});
        }
        jdbc.batchUpdate("insert into employee values (?, ?, ?, ?)", employees);
        jdbc.batchUpdate("insert into contribution_period values (?, ?, ?, null)", periods);
        jdbc.batchUpdate("insert into contribution_base values (?, ?, ?)", bases);
    }

    private static String account(String unitId, int employee) {
        return unitId + String.format("%06d", employee);
    }

    private static String month(int offset) {
        YearMonth m = FIRST.plusMonths(offset);
        return String.format("%d%02d", m.getYear(), m.getMonthValue());
    }
}
