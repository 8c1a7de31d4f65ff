package com.gjjhall.account.export;

import com.gjjhall.account.interest.InterestStatements;
import com.gjjhall.account.interest.InterestYear;
import com.gjjhall.account.shared.Operators;
import com.gjjhall.account.view.UnitAccounts;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Downloads: the roster (全量清册下载) as CSV or XLSX, streamed; vouchers and statements as PDF. */
@RestController
class ExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterExport roster;
    private final UnitAccounts units;
    private final InterestStatements statements;
    private final PdfDocuments pdfs;

    ExportController(RosterExport roster, UnitAccounts units, InterestStatements statements, PdfDocuments pdfs) {
        this.roster = roster;
        this.units = units;
        this.statements = statements;
        this.pdfs = pdfs;
    }

    @GetMapping("/api/account/employees/roster.csv")
    void csv(CurrentOperator caller, HttpServletResponse response) throws IOException {
        UnitAccounts.UnitView unit = units.require(Operators.unitOf(caller));
        download(response, "text/csv;charset=UTF-8", "全量清册-" + unit.unitAccountNumber() + ".csv");
        OutputStream out = response.getOutputStream();
        try (CsvRoster csv = new CsvRoster(out)) {
            roster.forEach(unit.unitId(), csv::add);
        }
        out.flush();
    }

    @GetMapping("/api/account/employees/roster.xlsx")
    void xlsx(CurrentOperator caller, HttpServletResponse response) throws IOException {
        UnitAccounts.UnitView unit = units.require(Operators.unitOf(caller));
        try (XlsxRoster xlsx = new XlsxRoster("全量清册")) {
            roster.forEach(unit.unitId(), xlsx::add);
            download(response, XLSX, "全量清册-" + unit.unitAccountNumber() + ".xlsx");
            xlsx.writeTo(response.getOutputStream());
        }
        response.getOutputStream().flush();
    }

    @GetMapping("/api/account/unit/interest-vouchers/{year}/voucher.pdf")
    void voucher(@PathVariable int year, CurrentOperator caller, HttpServletResponse response) throws IOException {
        InterestStatements.Voucher voucher = statements.voucher(Operators.unitOf(caller), InterestYear.of(year));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdfs.voucher(voucher, pdf);
        download(response, "application/pdf", "单位利息凭证-" + voucher.unitAccountNumber() + "-" + year + ".pdf");
        pdf.writeTo(response.getOutputStream());
    }

    @GetMapping("/api/account/employees/{account}/interest-statements/{year}/statement.pdf")
    void statement(@PathVariable String account, @PathVariable int year, CurrentOperator caller,
                   HttpServletResponse response) throws IOException {
        InterestStatements.Statement statement = statements.statement(Operators.unitOf(caller), account, InterestYear.of(year));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdfs.statement(statement, pdf);
        download(response, "application/pdf", "年度结息对账单-" + account + "-" + year + ".pdf");
        pdf.writeTo(response.getOutputStream());
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
