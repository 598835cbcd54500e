package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.a6gateway.api.generated.model.SyncRun;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A sync run started through the API with Verra's sample export in the Verra inbox: its summary,
 * polled from {@code GET /sync-runs/{id}}, carries {@code exports} as {@code sync --json} does
 * (files, rows, credits, and each label text as written with its rows per verdict).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=sync-exports-api")
class SyncRunExportsApiTest {

    private static final Path INBOX;

    static {
        try {
            INBOX = Files.createTempDirectory("a6-sync-exports-api").resolve("verra");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("a6.exports.inbox.verra", INBOX::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSyncRunsSummaryNamesTheExportsAndTheirLabels() throws IOException {
        Files.createDirectories(INBOX);
        try (InputStream in = getClass().getResourceAsStream("/registry-exports/verra_vcus_legacy_iso_sample.csv")) {
            Files.copy(in, INBOX.resolve("verra_vcus_legacy_iso_sample.csv"));
        }
        var http = ApiAccess.http(context, port, "OPERATOR");

        var started = http.post().uri("/sync-runs").retrieve().body(SyncRun.class);
        var done = await().atMost(Duration.ofMinutes(5)).until(
                () -> http.get().uri("/sync-runs/{id}", started.getRunId()).retrieve().body(SyncRun.class),
                run -> run.getStatus() != SyncRun.StatusEnum.STARTING && run.getStatus() != SyncRun.StatusEnum.STARTED);

        assertThat(done.getStatus()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        var exports = done.getSummary().getExports();
        assertThat(exports.getFiles()).isEqualTo(1);
        assertThat(exports.getImported()).isEqualTo(1);
        assertThat(exports.getFailed()).isZero();
        assertThat(exports.getRows()).isEqualTo(11);
        assertThat(exports.getRefused()).isZero();
        assertThat(exports.getCredits()).isEqualTo(641_934L);
        assertThat(exports.getMatchingLabels()).isEqualTo(5L);
        assertThat(exports.getLabels().get("Article 6 Authorized \u2013 NDC Use"))
                .containsEntry("MATCHES_AUTHORIZATION", 1L).containsEntry("PURPOSE_NOT_AUTHORIZED", 1L);
        assertThat(exports.getLabels().get("Article 6 Authorized \u2013 Other purposes"))
                .containsExactlyEntriesOf(java.util.Map.of("PURPOSE_NOT_AUTHORIZED", 4L));
        assertThat(exports.getLabels()).containsKey("CORSIA - First Phase, 2024-2026 Scope")
                .doesNotContainKey("Article 6 Authorized - NDC Use");
    }
}
