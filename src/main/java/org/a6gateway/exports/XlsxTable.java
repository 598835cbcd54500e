package org.a6gateway.exports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX export as a table: text cells as written, dates as {@code yyyy-MM-dd},
 * numbers in their shortest exact decimal form (a spreadsheet stores every number as a double, so
 * 84773 arrives as 84773.0; whole counts below 2^53 are exact, and a fraction is refused by the
 * quantity reader, never rounded); row numbers as Excel shows them.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static Table read(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            var records = new ArrayList<CsvText.Record>();
            for (Row row : sheet) {
                var cells = cells(row);
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    records.add(new CsvText.Record(row.getRowNum() + 1, cells));
                }
            }
            return Table.of(records);
        }
    }

    private static List<String> cells(Row row) {
        var cells = new ArrayList<String>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return "";
        }
    }
}
