package com.gjjhall.audit.log.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.audit.AuditError;
import com.gjjhall.audit.TimeParameter;
import com.gjjhall.audit.log.AuditEntry;
import com.gjjhall.audit.log.verify.LogVerifier;
import com.gjjhall.audit.log.verify.VerifyReport;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Ops: the audit log queried, exported and verified. Role OPS, on the path and here. */
@RestController
@PreAuthorize("hasRole('OPS')")
@RequestMapping("/api/audit/ops/log")
class LogController {

    private final LogQueries queries;
    private final LogVerifier verifier;
    private final ObjectMapper json;

    LogController(LogQueries queries, LogVerifier verifier, ObjectMapper json) {
        this.queries = queries;
        this.verifier = verifier;
        this.json = json;
    }

    @GetMapping
    LogPage entries(@RequestParam(required = false) String unit, @RequestParam(required = false) String transaction,
                    @RequestParam(required = false) String type, @RequestParam(required = false) String subject,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int size) {
        return queries.page(filter(unit, transaction, type, subject, from, to), Math.max(0, after),
                Math.max(1, Math.min(size, 1000)));
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String unit,
                                                 @RequestParam(required = false) String transaction,
                                                 @RequestParam(required = false) String type,
                                                 @RequestParam(required = false) String subject,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(defaultValue = "ndjson") String format) {
        LogExport export = format(format);
        LogFilter filter = filter(unit, transaction, type, subject, from, to);
        StreamingResponseBody body = out -> {
            Writer text = LogExport.utf8(out);
            Consumer<AuditEntry> write = export.writer(out, text, json);
            queries.stream(filter, write);
            text.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .body(body);
    }

    /** Recomputes the whole chain; says whether it is intact and, if not, where it first breaks. */
    @PostMapping("/verify")
    VerifyReport verify() {
        return verifier.verify();
    }

    private static LogFilter filter(String unit, String transaction, String type, String subject, String from,
                                    String to) {
        return new LogFilter(blankToNull(unit), blankToNull(transaction), blankToNull(type), blankToNull(subject),
                TimeParameter.from(from, "from"), TimeParameter.to(to, "to"));
    }

    private static LogExport format(String format) {
        try {
            return LogExport.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(AuditError.INVALID_EXPORT_FORMAT, AuditError.INVALID_EXPORT_FORMAT.message(),
                    List.of(FieldProblem.of("format", AuditError.INVALID_EXPORT_FORMAT.message())));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
