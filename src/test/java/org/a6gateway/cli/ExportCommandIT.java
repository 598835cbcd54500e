package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export btr} and {@code export aef} on a store no sync has filled (every figure zero,
 * which still has to be a number): the JSON the issue names, files POI reads back, and clear
 * refusals. The figures themselves are tested in Table4FromTheRegistriesTest and
 * AefFromTheRegistriesTest.
 */
class ExportCommandIT {

    /** One empty store for the class: the exports only read it. */
    private static final String DATABASE = "-Pa6.test.database=btr" + System.nanoTime();

    @TempDir
    Path dir;

    @Test
    void theJsonIsOneObjectWithRowsFiveToTwelveByYear() throws Exception {
        var run = CliRun.of("export", "btr", "--party", "Tanzania", "--years", "2021-2023", "--inventory-year", "2022",
                "--used", "2022=5", "--mode", "tool-compatible", DATABASE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("party").asText()).isEqualTo("TZA");
        assertThat(json.get("partyName").asText()).isEqualTo("Tanzania");
        assertThat(json.get("mode").asText()).isEqualTo("tool-compatible");
        assertThat(json.get("years").toString()).isEqualTo("[2021,2022,2023]");
        assertThat(json.get("rows").fieldNames()).toIterable().containsExactly("5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(json.at("/rows/7").toString()).isEqualTo("{\"2021\":null,\"2022\":5,\"2023\":null}");
        assertThat(json.at("/rows/8/2022").asInt()).isEqualTo(-5);
        assertThat(json.at("/rows/9/2021").asText()).isEqualTo("N/A");
        assertThat(json.at("/rows/12/2023").isNull()).as("after the inventory year").isTrue();
        assertThat(json.has("unresolved")).isTrue();
        assertThat(json.has("checks")).isTrue();
    }

    @Test
    void theXlsxHasOneSheetPerPartWithFiguresAsNumbers() throws Exception {
        Path file = dir.resolve("table4.xlsx");

        var run = CliRun.of("export", "btr", "--party", "RWA", "--inventory-year", "2024", "--format", "xlsx", "-o", file.toString(),
                DATABASE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("btr-RWA-2021-2026-corrected.xlsx written to " + file);
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Table 4");
            assertThat(workbook.getSheetName(1)).isEqualTo("Difference");
            assertThat(workbook.getSheetName(2)).isEqualTo("Unresolved");
            assertThat(workbook.getSheetName(3)).isEqualTo("Audit");
            var sheet = workbook.getSheet("Table 4");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mode: corrected");
            var header = sheet.getRow(4);
            assertThat(header.getCell(2).getNumericCellValue()).isEqualTo(2021);
            assertThat(header.getCell(7).getNumericCellValue()).isEqualTo(2026);
            var row5 = sheet.getRow(5);
            assertThat(row5.getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(row5.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(9).getCell(2).getStringCellValue()).as("row 9 without averaging").isEqualTo("N/A");
        }
    }

    @Test
    void theAefJsonHasTheFiveTablesAndTheChecks() throws Exception {
        var run = CliRun.of("export", "aef", "--party", "Madagascar", "--year", "2025", "--submission-date", "2026-04-15", DATABASE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("party").asText()).isEqualTo("MDG");
        assertThat(json.get("tables").fieldNames()).toIterable().containsExactly("T1", "T2", "T3", "T4", "T5");
        assertThat(json.at("/tables/T1/0").toString()).isEqualTo("{\"Party\":\"MDG\",\"Version\":\"1.0\",\"Reported year\":2025,"
                + "\"Submission date\":\"2026-04-15\",\"First year of the NDC period\":2021,\"Last year of the NDC period\":2030}");
        assertThat(json.get("checks")).hasSize(4);
    }

    @Test
    void theAefXlsxHasOneSheetPerTableAndTheChecks() throws Exception {
        Path file = dir.resolve("aef.xlsx");

        var run = CliRun.of("export", "aef", "--party", "MDG", "--year", "2025", "--format", "xlsx", "-o", file.toString(), DATABASE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(workbook.getSheet("T1").getRow(4).getCell(2).getNumericCellValue()).isEqualTo(2025);
        }
        assertThat(refusal("aef", "--party", "MDG", "--year", "1800")).contains("--year: '1800' is not a year between 1990 and 2100");
        assertThat(refusal("aef", "--party", "MDG", "--year", "2025", "--ndc-period", "2030-2021")).contains("runs backwards");
    }

    @Test
    void whatTheCommandCannotTakeIsOneClearLineAndExitOne() {
        assertThat(refusal("--party", "Atlantis", "--inventory-year", "2024")).contains("unknown Party 'Atlantis'");
        assertThat(refusal("--party", "TZA", "--inventory-year", "2024", "--mode", "strict"))
                .contains("--mode 'strict' is not one of tool-compatible, corrected");
        assertThat(refusal("--party", "TZA", "--inventory-year", "2024", "--used", "2022=lots"))
                .contains("--used '2022=lots' is not YEAR=TONNES");
        assertThat(refusal("--party", "TZA", "--inventory-year", "2024", "--years", "2026-2021")).contains("run backwards");
        assertThat(refusal("--party", "TZA", "--inventory-year", "2024", "--used", "2030=5"))
                .contains("ITMOs used given for 2030, outside the years 2021-2026");
        assertThat(refusal("--party", "TZA", "--inventory-year", "2024", "--format", "xlsx")).contains("xlsx needs --out FILE");
        assertThat(refusal("--party", "TZA", "--inventory-year", "2024", "--format", "pdf"))
                .contains("format 'pdf' is not one of xlsx, csv, json");
    }

    private String refusal(String... options) {
        var args = new java.util.ArrayList<>(java.util.List.of("export"));
        if (!options[0].equals("aef")) {
            args.add("btr");
        }
        args.addAll(java.util.List.of(options));
        args.add(DATABASE);
        var run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        return run.err();
    }
}
