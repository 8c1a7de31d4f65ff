package com.gjjhall.remittance.batchimport;

import com.gjjhall.remittance.order.command.EnterOrderCommand;
import com.gjjhall.remittance.order.command.LineDraft;
import com.gjjhall.remittance.order.command.OrderKind;
import com.gjjhall.remittance.order.web.IdempotentOrders;
import com.gjjhall.remittance.order.web.RequestOutcome;
import com.gjjhall.remittance.shared.RemittanceSettings;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static com.gjjhall.remittance.order.web.Operators.requireOperator;

/** Batch back-payment by file (批量补缴导盘) and its published format: the rules and two templates. */
@RestController
class BatchImportController {

    record Format(List<ImportFormat.Column> columns, String rules, long maxBytes, int maxRows) {
    }

    private final BatchImport imports;
    private final IdempotentOrders orders;
    private final RemittanceSettings settings;
    private final Clock clock;

    BatchImportController(BatchImport imports, IdempotentOrders orders,
                          RemittanceSettings settings, Clock clock) {
        this.imports = imports;
        this.orders = orders;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param declaredCount the record count the operator states (记录数): must equal the file's data rows
     */
    @PostMapping(path = "/api/remittance/orders/back-payments/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RequestOutcome importFile(@RequestParam("file") MultipartFile file, @RequestParam int declaredCount,
                              @RequestParam String clientKey, CurrentOperator caller) {
        requireOperator(caller);
        return orders.run(caller, clientKey, "ENTER", null, () -> new EnterOrderCommand(
                "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(), caller.unitId(),
                OrderKind.BACK_PAYMENT, lines(caller, file, declaredCount), caller.operatorId(), clientKey));
    }

    private List<LineDraft> lines(CurrentOperator caller, MultipartFile file, int declaredCount) {
        if (file.getSize() > settings.importMaxSize().toBytes()) {
            throw imports.tooLarge();
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("gjj-import-", ".upload");
            file.transferTo(copy);
            return imports.linesOf(caller.unitId(), copy, declaredCount, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    @GetMapping("/api/remittance/imports/back-payment-format")
    Format format() {
        return new Format(ImportFormat.COLUMNS, ImportFormat.RULES, settings.importMaxSize().toBytes(),
                settings.importMaxRows());
    }

    @GetMapping("/api/remittance/imports/back-payment-template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return download(ImportFormat.csvTemplate(), "批量补缴模板.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/api/remittance/imports/back-payment-template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        return download(ImportFormat.xlsxTemplate(), "批量补缴模板.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is removed with the temp directory
            }
        }
    }
}
