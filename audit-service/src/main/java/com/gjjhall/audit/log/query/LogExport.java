package com.gjjhall.audit.log.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.audit.log.AuditEntry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes log entries as NDJSON (one JSON object a line, for tools) or CSV (UTF-8 with a byte-order mark,
 * so Excel opens the Chinese text without mojibake).
 */
enum LogExport {
    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv;charset=UTF-8", "csv");

    private static final String CSV_HEADER = "sequence_no,event_id,event_type,source,subject,unit_id,occurred_at,"
            + "recorded_at,trace_id,topic,partition,offset,payload,previous_hash,entry_hash,hash_scheme\r\n";

    private final String contentType;
    private final String extension;

    LogExport(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String fileName() {
        return "audit-log." + extension;
    }

    /** Writes the header, if any, and returns what writes each entry. */
    Consumer<AuditEntry> writer(OutputStream out, Writer text, ObjectMapper json) throws IOException {
        if (this == NDJSON) {
            return entry -> {
                try {
                    text.write(json.writeValueAsString(entry));
                    text.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        text.write(CSV_HEADER);
        return entry -> {
            try {
                text.write(csv(entry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private static String csv(AuditEntry e) {
        Object[] cells = {e.sequenceNo(), e.eventId(), e.eventType(), e.source(), e.subject(), e.unitId(),
                e.occurredAt(), e.recordedAt(), e.traceId(), e.topic(), e.partition(), e.offset(), e.payload(),
                e.previousHash(), e.entryHash(), e.hashScheme()};
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i].toString();
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }
}
