package org.a6gateway.reporting;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What the report workbooks share: text cells, a bold header style, the sheet of pre-submission checks. */
final class XlsxCells {

    private XlsxCells() {
    }

    static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static CellStyle bold(Workbook workbook) {
        var font = workbook.createFont();
        font.setBold(true);
        var style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** One line per check (passed, or how many rows fail), then one line per failing row. */
    static void checks(Sheet sheet, List<PreSubmissionCheck> checks, CellStyle bold) {
        var head = sheet.createRow(0);
        List.of("Check", "Result", "Where", "Detail").forEach(title -> text(head, head.getPhysicalNumberOfCells(), title, bold));
        int r = 1;
        for (PreSubmissionCheck check : checks) {
            var line = sheet.createRow(r++);
            text(line, 0, check.name(), null);
            text(line, 1, check.passed() ? "passed" : check.failures().size() + " failing", null);
            text(line, 3, check.rule(), null);
            for (PreSubmissionCheck.Failure failure : check.failures()) {
                var failing = sheet.createRow(r++);
                text(failing, 0, check.name(), null);
                text(failing, 1, "fails", null);
                text(failing, 2, failure.where(), null);
                text(failing, 3, failure.detail(), null);
            }
        }
    }
}
