package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import over the store: every sample file imports; the same file again (under another
 * name) changes nothing; a file with one bad row stores the rest and holds the bad one in the
 * quarantine with its line and reason.
 */
@SpringBootTest(properties = {"a6.simulator.enabled=false", "a6.test.context=export-imports"})
class ExportImportsIT {

    @Autowired
    ExportImports imports;

    @Autowired
    Quarantine quarantine;

    @Autowired
    JdbcTemplate jdbc;

    private ImportReport importSample(String name, ExportFormat format) {
        return imports.importFile(name, ExportSamples.file(ExportSamples.bytes(name)), format);
    }

    @Test
    void everySampleFileImportsWithItsRowsAndCredits() {
        record Expected(String file, ExportFormat format, int rows, long credits) {
        }
        for (var e : List.of(new Expected(ExportSamples.VERRA_ISO, ExportFormat.VERRA_VCUS, 11, 641_934),
                new Expected(ExportSamples.VERRA_DDMMYYYY, ExportFormat.VERRA_VCUS, 10, 131_221),
                new Expected(ExportSamples.VERRA_API, ExportFormat.VERRA_API, 11, 23),
                new Expected(ExportSamples.VERRA_REPORTS, ExportFormat.VERRA_REPORTS, 6, 438_104),
                new Expected(ExportSamples.GS_ISSUANCES, ExportFormat.GS_ISSUANCES, 7, 263_322),
                new Expected(ExportSamples.GS_RETIREMENTS, ExportFormat.GS_RETIREMENTS, 8, 520_472),
                new Expected(ExportSamples.GS_API_CREDITS, ExportFormat.GS_API_CREDITS, 8, 99_419),
                new Expected(ExportSamples.GS_PROJECTS, ExportFormat.GS_PROJECTS, 2, 19_000))) {
            var report = imports.importFile(e.file(), ExportSamples.file(ExportSamples.bytes(e.file())), null);

            assertThat(report.status()).as(e.file() + ": " + report.failure()).isIn(ImportReport.Status.IMPORTED,
                    ImportReport.Status.ALREADY_IMPORTED);
            assertThat(report.format()).as(e.file()).isEqualTo(e.format().option());
            assertThat(report.rowsRead()).as(e.file()).isEqualTo(e.rows());
            assertThat(report.totalQuantity()).as(e.file()).isEqualTo(e.credits());
            assertThat(report.refused()).as(e.file()).isEmpty();
        }
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        importSample(ExportSamples.GS_RETIREMENTS, ExportFormat.GS_RETIREMENTS);
        var before = tables();

        var again = imports.importFile("renamed.csv", ExportSamples.file(ExportSamples.bytes(ExportSamples.GS_RETIREMENTS)), null);

        assertThat(again.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
        assertThat(again.text()).contains("the same content again changes nothing");
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void theProjectsListImportsItsProjectsOnceAndTwiceChangesNothing() {
        var first = importSample(ExportSamples.GS_PROJECTS, null);
        var before = tables();
        var text = new String(ExportSamples.bytes(ExportSamples.GS_PROJECTS), StandardCharsets.UTF_8);

        var again = imports.importFile("projects-again.json", ExportSamples.file(ExportSamples.bytes(ExportSamples.GS_PROJECTS)), null);
        var sameProjectsOtherBytes = imports.importFile("projects-crlf.json",
                ExportSamples.file(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), ExportFormat.GS_PROJECTS);

        assertThat(first.status()).isIn(ImportReport.Status.IMPORTED, ImportReport.Status.ALREADY_IMPORTED);
        assertThat(again.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
        assertThat(sameProjectsOtherBytes.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(sameProjectsOtherBytes.rowsNew()).isZero();
        assertThat(sameProjectsOtherBytes.rowsUnchanged()).isEqualTo(2);
        assertThat(sameProjectsOtherBytes.text()).contains("projects    19,000 t CO2e a year estimated");
        assertThat(tables().subList(1, tables().size())).isEqualTo(before.subList(1, before.size()));
        assertThat(jdbc.queryForList("select project_id || ' ' || host_country || ' ' || estimated_annual_credits || ' '"
                + " || crediting_period_start || ' ' || crediting_period_end from export_project order by project_id",
                String.class)).containsExactly("23711 MZ 10000 2026-10-01 2031-09-30", "23718 MZ 9000 2026-06-26 2031-06-25");
    }

    @Test
    void aProjectsListWithOneBadProjectImportsTheOtherAndQuarantinesItByRecord() {
        var text = new String(ExportSamples.bytes(ExportSamples.GS_PROJECTS), StandardCharsets.UTF_8)
                .replace("\"estimated_annual_credits\": 9000", "\"estimated_annual_credits\": 9000.5");

        var report = imports.importFile("projects-bad.json", ExportSamples.file(text.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(report.format()).isEqualTo("gs-projects");
        assertThat(report.rowsRead()).isEqualTo(1);
        assertThat(report.totalQuantity()).isEqualTo(10_000L);
        assertThat(report.refused()).extracting(RowError::where, RowError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("record 1",
                        "field 'estimated_annual_credits': 9000.5 is not a whole number of credits"));
        assertThat(quarantine.list(false, 100)).anySatisfy(entry -> {
            assertThat(entry.sourceRegistry()).isEqualTo("gold-standard-export");
            assertThat(entry.recordId()).isEqualTo("projects-bad.json record 1");
            assertThat(entry.reason()).isEqualTo(QuarantineReason.INVALID_QUANTITY);
        });
    }

    @Test
    void theSameRowsInAnotherFileAreUnchangedNotStoredTwice() {
        importSample(ExportSamples.GS_ISSUANCES, ExportFormat.GS_ISSUANCES);
        long records = jdbc.queryForObject("select count(*) from export_record", Long.class);
        var text = new String(ExportSamples.bytes(ExportSamples.GS_ISSUANCES), StandardCharsets.UTF_8);

        var report = imports.importFile("with-crlf.csv", ExportSamples.file(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(report.rowsNew()).isZero();
        assertThat(report.rowsUnchanged()).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from export_record", Long.class)).isEqualTo(records);
    }

    @Test
    void aFileWithOneBadRowImportsTheRestAndQuarantinesTheBadOneByLine() {
        var lines = new String(ExportSamples.bytes(ExportSamples.VERRA_DDMMYYYY), StandardCharsets.UTF_8).split("\n", -1);
        lines[3] = lines[3].replace("\"1,788\"", "\"1,789\"");
        var content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        var report = imports.importFile("one-bad-row.csv", ExportSamples.file(content), ExportFormat.VERRA_VCUS);

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(report.rowsRead()).isEqualTo(9);
        assertThat(report.refused()).extracting(RowError::where, RowError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 4", "quantity 1789 but serial "
                        + "'13378-495669005-495670792-VCS-VCU-576-VER-PY-14-2498-13012016-31122016-0' holds 1788 units "
                        + "(495669005 to 495670792, inclusive)"));
        assertThat(report.text()).contains("refused     line 4: quantity 1789 but serial");
        assertThat(quarantine.list(false, 100)).anySatisfy(entry -> {
            assertThat(entry.sourceRegistry()).isEqualTo("verra-export");
            assertThat(entry.recordId()).isEqualTo("one-bad-row.csv line 4");
            assertThat(entry.reason()).isEqualTo(QuarantineReason.INVALID_QUANTITY);
        });
    }

    @Test
    void verrasOldViewSaysItCannotTellRetirementsFromCancellations() {
        importSample(ExportSamples.VERRA_API, ExportFormat.VERRA_API);

        assertThat(jdbc.queryForList("select distinct activity from export_record where serial like '8040-%'", String.class))
                .containsExactly("RETIRED_OR_CANCELLED");
    }

    @Test
    void aGoldStandardCancellationTransferredToANationalRegistryIsATransfer() {
        importSample(ExportSamples.GS_RETIREMENTS, ExportFormat.GS_RETIREMENTS);

        assertThat(jdbc.queryForObject("select activity from export_record where serial = ?", String.class,
                "GS1-1-ZW-GS11551-16-2024-29957-1-334563")).isEqualTo("TRANSFERRED_TO_NATIONAL_REGISTRY");
        assertThat(jdbc.queryForObject("select activity from export_record where serial = ?", String.class,
                "GS1-1-ZW-GS12875-16-2024-29978-1-41158")).isEqualTo("CANCELLED");
    }

    @Test
    void labelsAreStoredWithTheFilesOwnCharacters() {
        importSample(ExportSamples.VERRA_ISO, ExportFormat.VERRA_VCUS);

        var labels = jdbc.queryForObject("select labels from export_record where serial like '19401-%'", String.class);
        assertThat(labels).isEqualTo("CORSIA \u2013 Pilot Phase, 2021-2023 Eligible");
    }

    @Test
    void anUnknownHeaderSetFailsAndStoresNothing() {
        var before = tables();

        var report = imports.importFile("odd.csv", ExportSamples.file("Serial,Qty\nx,1\n".getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
        assertThat(report.failure()).isEqualTo("unknown header set: the file has 2 columns [Serial, Qty]; no format the "
                + "gateway reads has exactly these (" + ExportFormat.options() + ")");
        assertThat(tables()).isEqualTo(before);
    }

    private List<Long> tables() {
        return List.of(jdbc.queryForObject("select count(*) from export_file", Long.class),
                jdbc.queryForObject("select count(*) from export_record", Long.class),
                jdbc.queryForObject("select count(*) from export_project", Long.class),
                jdbc.queryForObject("select count(*) from quarantine", Long.class),
                jdbc.queryForObject("select coalesce(sum(block_end - block_start + 1), 0) from export_record", Long.class));
    }
}
