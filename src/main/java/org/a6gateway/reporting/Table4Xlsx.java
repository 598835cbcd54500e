package org.a6gateway.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Table 4 as an Excel workbook: "Table 4" (the Party, the mode and the elections above the rows,
 * one column per year, figures as numbers), "Difference" (corrected minus tool-compatible),
 * "Unresolved", "Audit" (the units behind rows 5, 6 and 10) and "Checks" (one line per
 * pre-submission check, then one per failing row). Streamed, so a long audit stays
 * out of the heap.
 */
public final class Table4Xlsx {

    private static final List<String> UNIT_COLUMNS = List.of("Serial", "Registry", "Issuance", "First unit", "Last unit",
            "Vintage", "t CO2e", "Authorization", "First transfer definition");

    private Table4Xlsx() {
    }

    public static void write(Table4Document document, OutputStream out) throws IOException {
        try (var workbook = new StreamedWorkbook(100)) {
            var bold = XlsxCells.bold(workbook);
            table(workbook.createSheet("Table 4"), document.table(), bold);
            difference(workbook.createSheet("Difference"), document, bold);
            unresolved(workbook.createSheet("Unresolved"), document.table(), bold);
            audit(workbook.createSheet("Audit"), document.table(), bold);
            XlsxCells.checks(workbook.createSheet("Checks"), document.checks(), bold);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void table(Sheet sheet, Table4 table, CellStyle bold) {
        var e = table.elections();
        int r = 0;
        XlsxCells.text(sheet.createRow(r++), 0, "BTR structured summary, Table 4: " + e.party().name() + " (" + e.party().alpha3() + ")", bold);
        XlsxCells.text(sheet.createRow(r++), 0, "Mode: " + Table4Elections.name(e.mode()), null);
        XlsxCells.text(sheet.createRow(r++), 0, "Elections: " + Table4Elections.name(e.target()) + ", " + Table4Elections.name(e.method())
                + ", latest inventory year " + e.inventoryYear() + ", authorizations: " + Table4Elections.name(e.scope()), null);
        r++;
        r = header(sheet.createRow(r), e, bold) + 1;
        for (var row : table.rows().entrySet()) {
            var line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.getKey());
            XlsxCells.text(line, 1, Table4.label(row.getKey()), null);
            int c = 2;
            for (Cell cell : row.getValue().values()) {
                if (cell.isNumber()) {
                    line.createCell(c).setCellValue(cell.number().doubleValue());
                } else if (cell.text() != null) {
                    XlsxCells.text(line, c, cell.text(), null);
                }
                c++;
            }
        }
    }

    private static int header(Row row, Table4Elections e, CellStyle bold) {
        XlsxCells.text(row, 0, "Row", bold);
        XlsxCells.text(row, 1, "Table 4", bold);
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            row.createCell(2 + y - e.firstYear()).setCellValue(y);
            row.getCell(2 + y - e.firstYear()).setCellStyle(bold);
        }
        return row.getRowNum();
    }

    private static void difference(Sheet sheet, Table4Document document, CellStyle bold) {
        var e = document.table().elections();
        XlsxCells.text(sheet.createRow(0), 0, "Corrected minus tool-compatible (rows and years not listed are equal)", bold);
        int r = header(sheet.createRow(2), e, bold) + 1;
        for (var row : document.difference().entrySet()) {
            var line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.getKey());
            XlsxCells.text(line, 1, Table4.label(row.getKey()), null);
            row.getValue().forEach((year, delta) -> line.createCell(2 + year - e.firstYear()).setCellValue(delta.doubleValue()));
        }
    }

    private static void unresolved(Sheet sheet, Table4 table, CellStyle bold) {
        var head = sheet.createRow(0);
        for (int c = 0; c < UNIT_COLUMNS.size(); c++) {
            XlsxCells.text(head, c, UNIT_COLUMNS.get(c), bold);
        }
        XlsxCells.text(head, UNIT_COLUMNS.size(), "Why left out", bold);
        int r = 1;
        for (ReportedUnits u : table.unresolved()) {
            var line = sheet.createRow(r++);
            units(line, 0, u);
            XlsxCells.text(line, UNIT_COLUMNS.size(), u.unresolved(), null);
        }
    }

    private static void audit(Sheet sheet, Table4 table, CellStyle bold) {
        var head = sheet.createRow(0);
        XlsxCells.text(head, 0, "Row", bold);
        XlsxCells.text(head, 1, "Year", bold);
        for (int c = 0; c < UNIT_COLUMNS.size(); c++) {
            XlsxCells.text(head, 2 + c, UNIT_COLUMNS.get(c), bold);
        }
        int r = 1;
        for (var row : table.audit().entrySet()) {
            for (var year : row.getValue().entrySet()) {
                for (ReportedUnits u : year.getValue()) {
                    var line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.getKey());
                    line.createCell(1).setCellValue(year.getKey());
                    units(line, 2, u);
                }
            }
        }
    }

    private static void units(Row line, int from, ReportedUnits u) {
        XlsxCells.text(line, from, u.serial().strip(), null);
        XlsxCells.text(line, from + 1, u.program(), null);
        XlsxCells.text(line, from + 2, u.issuanceId(), null);
        line.createCell(from + 3).setCellValue(u.units().start());
        line.createCell(from + 4).setCellValue(u.units().end());
        line.createCell(from + 5).setCellValue(u.vintage());
        line.createCell(from + 6).setCellValue(u.tonnes().doubleValue());
        XlsxCells.text(line, from + 7, u.authorizationId(), null);
        XlsxCells.text(line, from + 8, Table4Elections.name(u.definition()), null);
    }
}
