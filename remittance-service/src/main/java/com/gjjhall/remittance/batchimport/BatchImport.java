package com.gjjhall.remittance.batchimport;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.backpayment.BackPaymentLines;
import com.gjjhall.remittance.order.command.LineDraft;
import com.gjjhall.remittance.shared.RemittanceSettings;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A batch back-payment file (批量导盘) from bytes to order lines: size, format, header, count and required
 * fields, then every row against the roster. The whole file is accepted or nothing is.
 */
@Component
public class BatchImport {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final BackPaymentLines backPayments;
    private final RemittanceSettings settings;

    public BatchImport(BackPaymentLines backPayments, RemittanceSettings settings) {
        this.backPayments = backPayments;
        this.settings = settings;
    }

    public List<LineDraft> linesOf(String unitId, Path file, int declaredCount, Instant now) throws IOException {
        long size = Files.size(file);
        if (size > settings.importMaxSize().toBytes()) {
            throw tooLarge();
        }
        UploadedRows rows = new UploadedRows(settings.importMaxRows());
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(start, 0, 4);
            if (read == 4 && Arrays.equals(start, OLE2)) {
                throw new BusinessException(RemittanceError.UNSUPPORTED_FILE, "上传文件格式不正确：请使用CSV、TXT或XLSX格式");
            }
        }
        if (Arrays.equals(start, ZIP)) {
            XlsxFileReader.read(file.toFile(), rows);
        } else {
            DelimitedFileReader.read(Files.readAllBytes(file), rows);
        }
        return backPayments.linesFor(unitId, ImportChecks.check(rows, declaredCount), now);
    }

    public BusinessException tooLarge() {
        return new BusinessException(RemittanceError.FILE_TOO_LARGE,
                "上传文件过大：每个文件不能超过" + settings.importMaxSize().toMegabytes() + "MB");
    }
}
