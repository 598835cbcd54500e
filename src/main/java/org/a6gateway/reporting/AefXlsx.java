package org.a6gateway.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The AEF as an Excel workbook in the official templates' style: one sheet per table, its title,
 * then two header rows (the column groups merged over their columns, then the column names),
 * numbers as numbers and dates as dates; a last sheet with the pre-submission checks. Streamed:
 * only a window of rows is ever in memory.
 */
public final class AefXlsx implements AefSink {

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new StreamedWorkbook(200);
    private final CellStyle bold;
    private final CellStyle date;
    /**
     * The workbook's default style (index 0), set on every cell that has no other: a cell without
     * one makes SXSSF look up its column's default style in the sheet's XML beans as it writes the
     * cell, a tenth of the CPU time of a big AEF. Style 0 writes no attribute, so the file is unchanged.
     */
    private final CellStyle plain;
    private Sheet sheet;
    private int next;

    public AefXlsx(OutputStream out) {
        this.out = out;
        bold = XlsxCells.bold(workbook);
        plain = workbook.getCellStyleAt(0);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    @Override
    public void startTable(AefTable table) {
        sheet = workbook.createSheet(table.name());
        XlsxCells.text(sheet.createRow(0), 0, table.title(), bold);
        var groups = sheet.createRow(2);
        var names = sheet.createRow(3);
        int column = 0;
        for (AefTable.Group group : table.groups()) {
            XlsxCells.text(groups, column, group.name(), bold);
            if (group.columns().size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(2, 2, column, column + group.columns().size() - 1));
            }
            for (String name : group.columns()) {
                XlsxCells.text(names, column++, name, bold);
            }
        }
        next = 4;
    }

    @Override
    public void row(List<Object> values) {
        var row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            var value = values.get(c);
            if (value instanceof Number n) {
                var cell = row.createCell(c);
                cell.setCellValue(n instanceof BigDecimal d ? d.doubleValue() : n.longValue());
                cell.setCellStyle(plain);
            } else if (value instanceof LocalDate d) {
                var cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                XlsxCells.text(row, c, value.toString(), plain);
            }
        }
    }

    @Override
    public void endTable() {
        sheet = null;
    }

    @Override
    public void finish(List<PreSubmissionCheck> checks) throws IOException {
        XlsxCells.checks(workbook.createSheet("Checks"), checks, bold);
        workbook.write(out);
        workbook.dispose();
        workbook.close();
    }
}
