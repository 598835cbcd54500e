package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The unlocked sheet writer changes how fast sheets are written, never what. */
class StreamedWorkbookTest {

    @Test
    void aSheetPastTheBufferIsWrittenAsPlainSxssfWritesIt() throws IOException {
        assertThat(sheetXml(new StreamedWorkbook(10))).isEqualTo(sheetXml(new SXSSFWorkbook(10)));
    }

    @Test
    void theBufferPassesOnCharactersStringsAndArraysInOrderAcrossItsEdge() throws IOException {
        var out = new StringWriter();
        var expected = new StringBuilder();
        try (var writer = new StreamedWorkbook.UnlockedBufferedWriter(out)) {
            for (int i = 0; i < 30_000; i++) {
                writer.write('<');
                writer.write("cell " + i);
                writer.write(new char[] {'>', 'é', '€'}, 1, 2);
                expected.append('<').append("cell ").append(i).append("é€");
            }
            writer.write("x".repeat(200_000));
            expected.append("x".repeat(200_000));
        }
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    /** Rows enough to flush many windows, with text to escape, non-ASCII text and numbers. */
    private static String sheetXml(SXSSFWorkbook workbook) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (workbook) {
            var sheet = workbook.createSheet("T3");
            for (int r = 0; r < 3_000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("KOR-BENCH <" + r + "> & \"Zürich\" – 2026 " + "x".repeat(r % 50));
                row.createCell(1).setCellValue(r * 1000L);
                row.createCell(3).setCellValue(" leading and trailing spaces ");
            }
            workbook.write(bytes);
            workbook.dispose();
        }
        // A file, not a stream: SXSSF writes its entries with data descriptors, which ZipInputStream refuses.
        var file = Files.createTempFile("streamed", ".xlsx");
        try (var zip = new ZipFile(Files.write(file, bytes.toByteArray()).toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
    }
}
