package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox route under {@code serve} ({@code a6.exports.watch} set): a file dropped in a
 * registry's inbox is imported once and moved to done/ with its report; a file the import
 * cannot read, or another registry's, goes to failed/ with the reason beside it.
 */
@SpringBootTest(properties = {"a6.exports.watch=200ms", "a6.simulator.enabled=false", "a6.test.context=export-inbox"})
class ExportInboxRouteIT {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Autowired
    ExportInbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    private Path drop(ExportSource source, String name, byte[] content) throws IOException {
        var folder = Files.createDirectories(inbox.folder(source));
        var file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static Path outcome(Path dropped, String folder) {
        await().atMost(PATIENCE).until(() -> !Files.exists(dropped));
        try (Stream<Path> files = Files.list(dropped.resolveSibling(folder))) {
            var name = dropped.getFileName().toString();
            return files.filter(f -> f.getFileName().toString().endsWith("-" + name + ".report.txt"))
                    .max(java.util.Comparator.comparing(ExportInboxRouteIT::modified)).orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDroppedFileIsImportedOnceAndMovedToDoneWithItsReport() throws IOException {
        byte[] content = ExportSamples.bytes(ExportSamples.GS_API_CREDITS);

        var report = outcome(drop(ExportSource.GOLD_STANDARD, "credits.json", content), ExportInbox.DONE);
        var again = outcome(drop(ExportSource.GOLD_STANDARD, "credits-again.json", content), ExportInbox.DONE);

        assertThat(Files.readString(report)).contains("format      gs-api-credits", "rows        8 read",
                "credits     99,419 t CO2e");
        assertThat(Files.readString(again)).contains("status      ALREADY_IMPORTED");
        assertThat(Files.exists(Path.of(report.toString().replace(".report.txt", "")))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from export_record where source = 'gold-standard' "
                + "and serial like 'GS1-1-IN-GS817-%'", Long.class)).isEqualTo(2);
    }

    @Test
    void aProjectsListDroppedInTheGoldStandardInboxIsImportedAsProjects() throws IOException {
        var report = outcome(drop(ExportSource.GOLD_STANDARD, "projects.json", ExportSamples.bytes(ExportSamples.GS_PROJECTS)),
                ExportInbox.DONE);

        assertThat(Files.readString(report)).contains("format      gs-projects", "rows        2 read",
                "projects    19,000 t CO2e a year estimated");
        assertThat(jdbc.queryForObject("select count(*) from export_project where source = 'gold-standard'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void anUnreadableFileOrAnotherRegistrysGoesToFailedWithTheReason() throws IOException {
        var unreadable = outcome(drop(ExportSource.VERRA, "odd.csv", "Serial,Qty\nx,1\n".getBytes(StandardCharsets.UTF_8)),
                ExportInbox.FAILED);
        var misplaced = outcome(drop(ExportSource.VERRA, "gs.csv", ExportSamples.bytes(ExportSamples.GS_ISSUANCES)),
                ExportInbox.FAILED);

        assertThat(Files.readString(unreadable)).contains("status      FAILED",
                "reason      unknown header set: the file has 2 columns [Serial, Qty]");
        assertThat(Files.readString(misplaced)).contains("reason      a gs-issuances file in the verra inbox; it was not imported");
        assertThat(jdbc.queryForList("select serial from export_record where source = 'gold-standard' and serial like '%GS11236%'",
                String.class)).isEmpty();
    }
}
