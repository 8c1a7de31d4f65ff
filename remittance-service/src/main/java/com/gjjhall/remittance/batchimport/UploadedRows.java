package com.gjjhall.remittance.batchimport;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.servicekit.errors.BusinessException;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a file's rows as a reader finds them: the first is the header, the rest data; blank rows at the
 * end are dropped (editors add them), blank rows in between are kept and reported. Refuses a file with more
 * data rows than allowed as soon as it sees one too many.
 */
final class UploadedRows {

    private final int maxRows;
    private FileRow header;
    private final List<FileRow> data = new ArrayList<>();
    private int trailingBlank;

    UploadedRows(int maxRows) {
        this.maxRows = maxRows;
    }

    void add(FileRow row) {
        if (header == null) {
            header = row;
            return;
        }
        if (row.isBlank()) {
            trailingBlank++;
            return;
        }
        for (; trailingBlank > 0; trailingBlank--) {
            addData(new FileRow(row.rowNumber() - trailingBlank, new String[0], new boolean[0]));
        }
        addData(row);
    }

    private void addData(FileRow row) {
        if (data.size() == maxRows) {
            throw new BusinessException(RemittanceError.TOO_MANY_ROWS,
                    "上传文件记录数超过上限，每个文件最多" + maxRows + "条");
        }
        data.add(row);
    }

    FileRow header() {
        return header;
    }

    List<FileRow> data() {
        return data;
    }
}
