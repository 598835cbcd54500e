package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Verra's export as XLSX: the workbook is built here from the CSV sample the way a spreadsheet
 * stores it (dates as date cells, quantities as numbers), and reads to the same rows.
 */
class VerraXlsxTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(,\\d{3})*");

    @Test
    void theXlsxExportReadsToTheSameRowsAsTheCsv() throws IOException {
        byte[] csv = ExportSamples.bytes(ExportSamples.VERRA_ISO);

        var fromCsv = ExportReading.of(ExportFormat.VERRA_VCUS, csv);
        var fromXlsx = ExportReading.of(ExportFormat.VERRA_VCUS, workbook(csv));

        assertThat(fromXlsx.errors()).isEmpty();
        assertThat(fromXlsx.rows()).hasSize(11);
        assertThat(fromXlsx.totalQuantity()).isEqualTo(641_934L);
        assertThat(fromXlsx.rows()).isEqualTo(fromCsv.rows());
    }

    private static byte[] workbook(byte[] csv) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("VCUs");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var records = new java.util.ArrayList<CsvText.Record>();
            CsvText.read(ExportSamples.file(csv), ExportLimits.DEFAULTS, records::add);
            for (int r = 0; r < records.size(); r++) {
                var row = sheet.createRow(r);
                var fields = records.get(r).fields();
                for (int c = 0; c < fields.size(); c++) {
                    var value = fields.get(c);
                    var cell = row.createCell(c);
                    if (r > 0 && ISO_DATE.matcher(value).matches()) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(dateStyle);
                    } else if (r > 0 && c != 4 && COUNT.matcher(value).matches()) {
                        cell.setCellValue(Double.parseDouble(value.replace(",", "")));
                    } else if (!value.isEmpty()) {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
