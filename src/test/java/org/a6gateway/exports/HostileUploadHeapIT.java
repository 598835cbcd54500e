package org.a6gateway.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.client.api.SyncApi;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.client.model.SyncRun;
import org.a6gateway.testing.ApiAccess;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Hostile uploads to a gateway with 512 MB of heap (surefire's heap-512m execution) while a sync
 * runs: a 24 MB workbook of 900,000 rows (which the workbook model could not hold in a gigabyte)
 * is a 413 naming the row limit, and a JSON array nested 200,000 deep a 400 naming the depth
 * limit; the sync ends as every demo sync does: every registry read, every step run, nothing
 * dead-lettered, its figures those of the store and the ledger it left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=hostile-uploads")
class HostileUploadHeapIT {

    private static final int ROWS = 900_000;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void hugeAndDeepUploadsAreRefusedWhileASyncCompletesAsUsual() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
        var workbook = workbookOf900000Rows();
        var deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(200_000), StandardCharsets.US_ASCII);
        var sync = new SyncApi(ApiAccess.client(context, port, "OPERATOR"));
        long runId = sync.startSyncRun().getRunId();
        var uploadsStarted = OffsetDateTime.now();

        var huge = upload(workbook, "huge.xlsx");
        var nested = upload(deep, "deep.json");

        assertThat(huge.getStatusCode().value()).as(String.valueOf(huge.getBody())).isEqualTo(413);
        assertThat(huge.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(huge.getBody().get("detail").asText()).contains("more than 200000 rows")
                .contains("a6.exports.limits.max-rows");
        assertThat(nested.getStatusCode().value()).as(String.valueOf(nested.getBody())).isEqualTo(400);
        assertThat(nested.getBody().get("detail").asText()).contains("nested deeper than 32 levels")
                .contains("a6.exports.limits.max-nesting-depth");
        var run = await().atMost(Duration.ofMinutes(5)).until(() -> sync.getSyncRun(runId),
                r -> r.getStatus() != SyncRun.StatusEnum.STARTING && r.getStatus() != SyncRun.StatusEnum.STARTED);
        assertThat(run.getStatus()).as(run.getError()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        assertThat(run.getEndedAt()).as("the sync ran while the uploads were read").isAfter(uploadsStarted);
        var summary = run.getSummary();
        assertThat(summary.getUnavailable()).as("every registry read").isNullOrEmpty();
        assertThat(summary.getSkipped()).as("every step run").isNullOrEmpty();
        assertThat(summary.getBlocks()).isPositive().isEqualTo(context.getBean(BlockStore.class).count());
        assertThat(summary.getMatchedBlocks() + summary.getUnmatchedBlocks()).isEqualTo(summary.getBlocks());
        assertThat(summary.getLedgerEvents()).isPositive().isEqualTo(context.getBean(Ledger.class).count());
        assertThat(summary.getLabelsApplied()).isPositive();
        assertThat(summary.getDeadLettered()).isZero();
        assertThat(summary.getDiscrepanciesNew()).isEqualTo(summary.getDiscrepancies().values().stream().mapToLong(Long::longValue).sum());
        assertThat(context.getBean(ExportImports.class).fileCount()).as("the refused uploads left nothing").isZero();
    }

    private ResponseEntity<JsonNode> upload(Path file, String name) {
        return ApiAccess.http(context, port, "GOVERNMENT").post().uri("/registry-exports?fileName={name}", name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(new FileSystemResource(file))
                .retrieve().toEntity(JsonNode.class);
    }

    /** Verra's header, then 900,000 short rows, written by POI's streaming writer (a few rows in memory at a time). */
    private Path workbookOf900000Rows() throws IOException {
        var file = dir.resolve("huge.xlsx");
        try (var workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("VCUs");
            var header = sheet.createRow(0);
            for (int c = 0; c < HeaderSets.VERRA_VCUS_17.size(); c++) {
                header.createCell(c).setCellValue(HeaderSets.VERRA_VCUS_17.get(c));
            }
            for (int r = 1; r <= ROWS; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("2021-01-0" + (1 + r % 9));
                row.createCell(4).setCellValue(1000 + r % 5000);
                row.createCell(10).setCellValue(r);
                row.createCell(11).setCellValue(r + "-" + (r * 7L) + "-" + (r * 7L + r % 100) + "-VCS-VCU-290-VER-TR-1-1380-01012021");
            }
            workbook.write(out);
            workbook.dispose();
        }
        assertThat(Files.size(file)).isGreaterThan(20L * 1024 * 1024);
        return file;
    }
}
