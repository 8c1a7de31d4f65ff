package com.gjjhall.remittance.batchimport;

/**
 * One row of an uploaded file as read, before any check.
 *
 * @param rowNumber the row as a spreadsheet numbers it (the header is row 1)
 * @param cells     the cells' text, as many as the row has
 * @param formulas  which cells hold a spreadsheet formula
 */
public record FileRow(int rowNumber, String[] cells, boolean[] formulas) {

    public String cell(int column) {
        return column < cells.length ? cells[column] : null;
    }

    public boolean isFormula(int column) {
        return column < formulas.length && formulas[column];
    }

    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
