package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.a6gateway.security.OperationRoles;
import org.a6gateway.testing.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

/**
 * {@code serve} as an operator starts it, in a JVM of its own on its default configuration: it
 * prints one API key per role (and only there: the log file never holds a key), the keys sign in
 * with their roles, Swagger UI lists every operation of the contract, and the log file is one JSON
 * object per line carrying the request id of each API request and the job execution id of each job.
 * Once it stops, the main job run as a process of its own in the same folder finds everything
 * serve's sync committed and changes no table of the gateway's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeProcessIT {

    private static final Pattern KEY_LINE = Pattern.compile("^\\s+(OPERATOR|GOVERNMENT|INTEGRATOR|AUDITOR)\\s+(a6k_\\S+)$", Pattern.MULTILINE);
    private static final Pattern URL = Pattern.compile("http://localhost:(\\d+)/api/v1");

    private Path workDir;
    private Process serve;
    private final Map<String, String> keys = new LinkedHashMap<>();
    private RestClient http;

    @BeforeAll
    void serve() throws IOException {
        workDir = Files.createTempDirectory("a6-serve");
        var builder = new ProcessBuilder(GatewayJvm.command("serve"))
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve("out.txt").toFile())
                .redirectError(workDir.resolve("err.txt").toFile());
        // The default profile, as an operator trying the gateway out starts it, whatever suite runs this;
        // its port as in any Spring Boot application (a container's SERVER_PORT).
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().put("SERVER_PORT", Integer.toString(freePort()));
        serve = builder.start();
        String out = await().atMost(Duration.ofMinutes(5)).until(() -> read("out.txt"),
                text -> !serve.isAlive() || KEY_LINE.matcher(text).results().count() == 4);
        assertThat(serve.isAlive()).as(read("err.txt")).isTrue();
        KEY_LINE.matcher(out).results().forEach(m -> keys.put(m.group(1), m.group(2)));
        var port = URL.matcher(out).results().findFirst().orElseThrow().group(1);
        assertThat(port).as("the port SERVER_PORT names").isEqualTo(builder.environment().get("SERVER_PORT"));
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    void stopAndDeleteTheFolder() throws InterruptedException, IOException {
        stop();
        if (workDir != null) {
            FileSystemUtils.deleteRecursively(workDir);
        }
    }

    private void stop() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void thePrintedKeysSignInWithTheirRoles() {
        assertThat(keys).containsOnlyKeys("OPERATOR", "GOVERNMENT", "INTEGRATOR", "AUDITOR");
        assertThat(status("/api/v1/reports/parties", null)).isEqualTo(401);
        assertThat(status("/api/v1/reports/parties", keys.get("INTEGRATOR"))).isEqualTo(403);
        assertThat(status("/api/v1/reports/parties", keys.get("GOVERNMENT"))).isEqualTo(200);
        assertThat(status("/api/v1/health", null)).isEqualTo(200);
    }

    @Test
    @Order(1)
    void theLogFileIsJsonLinesWithRequestAndJobIdsAndNoKey() throws IOException {
        String requestId = "serve-test-" + UUID.randomUUID();
        var started = http.post().uri("/api/v1/sync-runs").header("X-API-Key", keys.get("OPERATOR"))
                .header("X-Request-Id", requestId).retrieve().toEntity(JsonNode.class);
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(started.getHeaders().getFirst("X-Request-Id")).isEqualTo(requestId);
        long runId = started.getBody().get("runId").asLong();
        await().atMost(Duration.ofMinutes(5)).until(() -> http.get().uri("/api/v1/sync-runs/{id}", runId)
                .header("X-API-Key", keys.get("OPERATOR")).retrieve().body(JsonNode.class).get("status").asText(), "COMPLETED"::equals);

        var lines = logLines();
        assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp") && line.at("/log/level").isTextual() && line.has("message"))
                .as(line.toString()).isTrue());
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("requestId").asText()).isEqualTo(requestId);
            assertThat(line.get("message").asText()).startsWith("POST /api/v1/sync-runs -> 202").contains("by api-key:");
        });
        assertThat(lines.stream().filter(l -> "sync".equals(l.path("jobName").asText())).map(l -> l.path("jobExecutionId").asText())
                .filter(id -> !id.isEmpty()).distinct()).as("log lines of the sync job carry its execution id").hasSize(1);
        String everything = Files.readString(logFile()) + read("err.txt");
        keys.values().forEach(secret -> assertThat(everything).as("a key in the log").doesNotContain(secret));
    }

    @Test
    void aKeyIsRevokedThroughTheApiWhileServeHoldsTheDatabaseAndTheCliSaysSo() throws Exception {
        var keysOverTheApi = http.get().uri("/api/v1/api-keys").header("X-API-Key", keys.get("OPERATOR")).retrieve().body(JsonNode.class);
        long auditor = 0;
        for (var key : keysOverTheApi) {
            if (key.get("name").asText().equals("demo auditor") && key.get("state").asText().equals("live")) {
                auditor = key.get("id").asLong();
            }
        }
        assertThat(auditor).as(keysOverTheApi.toString()).isPositive();

        // The operator's second terminal: the same folder, so the same H2 file, which serve holds.
        var cli = new ProcessBuilder(GatewayJvm.command("api-keys", "revoke", Long.toString(auditor))).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("revoke-out.txt").toFile()).redirectError(workDir.resolve("revoke-err.txt").toFile());
        cli.environment().remove("SPRING_PROFILES_ACTIVE");
        var revoke = cli.start();
        assertThat(revoke.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(revoke.exitValue()).isEqualTo(1);
        assertThat(read("revoke-err.txt")).contains("the H2 database is open in another gateway process")
                .contains("/api/v1/api-keys/{id}/revoke").doesNotContain("Exception");
        assertThat(status("/api/v1/ledger/verification", keys.get("AUDITOR"))).isEqualTo(200);

        var revoked = http.post().uri("/api/v1/api-keys/{id}/revoke", auditor).header("X-API-Key", keys.get("OPERATOR"))
                .retrieve().toEntity(JsonNode.class);
        assertThat(revoked.getStatusCode().value()).isEqualTo(200);
        assertThat(status("/api/v1/ledger/verification", keys.get("AUDITOR"))).isEqualTo(401);
    }

    @Test
    void swaggerUiListsEveryOperationOfTheContract() throws IOException {
        Set<String> contract = new TreeSet<>();
        try (InputStream in = Files.newInputStream(Path.of("openapi/gateway.yaml"))) {
            OperationRoles.read(in).operations().forEach(op -> contract.add(op.operationId()));
        }
        String served = http.get().uri("/openapi/gateway.yaml").retrieve().body(String.class);
        contract.forEach(id -> assertThat(served).contains("operationId: " + id));

        WebDriver browser = Browsers.headless(workDir);
        try {
            browser.get(baseUrl() + "/swagger-ui.html");
            var shown = await().atMost(Duration.ofMinutes(5)).until(() -> operationIds(browser), ids -> ids.size() >= contract.size());
            assertThat(shown).isEqualTo(contract);
        } finally {
            browser.quit();
        }
    }

    /** Last: it stops serve, whose H2 file the sync process then opens. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aSyncProcessAfterServeFindsItsRunCommittedAndChangesNoTable() throws Exception {
        stop();
        var afterServe = rowCounts();
        assertThat(afterServe).containsEntry("CREDIT_BLOCK", 637L).containsEntry("LEDGER_EVENT", 1659L)
                .containsEntry("OUTBOX_COMMAND", 1659L).containsEntry("ITMO_PAIR", 360L).containsEntry("HELD_BACK", 262L);

        var sync = new ProcessBuilder(GatewayJvm.command("sync", "--json")).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("sync-out.json").toFile()).redirectError(workDir.resolve("sync-err.txt").toFile());
        sync.environment().remove("SPRING_PROFILES_ACTIVE");
        var process = sync.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("sync ended within 10 minutes").isTrue();
        assertThat(process.exitValue()).as(read("sync-err.txt")).isZero();
        assertThat(read("sync-out.json")).contains("\"blocks\":637");

        var afterSync = rowCounts();
        assertThat(withoutJobRepository(afterSync)).isEqualTo(withoutJobRepository(afterServe));
        assertThat(afterSync).as("the sync decided again what serve's run's read-backs noted, and noted nothing new")
                .containsEntry("DECISION_CHANGE", 0L).containsEntry("DECISION_MARK", 6L);
        assertThat(executionStatuses()).isEqualTo("COMPLETED,COMPLETED");
    }

    private Map<String, Long> rowCounts() throws SQLException {
        var counts = new TreeMap<String, Long>();
        try (var db = DriverManager.getConnection(storeUrl(), "sa", "")) {
            var tables = new ArrayList<String>();
            try (var rs = db.createStatement().executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var rs = db.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table.toUpperCase(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private String executionStatuses() throws SQLException {
        try (var db = DriverManager.getConnection(storeUrl(), "sa", "");
             var rs = db.createStatement().executeQuery(
                     "select listagg(status, ',') within group (order by job_execution_id) from batch_job_execution")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String storeUrl() {
        return "jdbc:h2:file:" + workDir.resolve("data/a6-gateway");
    }

    /**
     * Spring Batch's job repository records every run by design: that is how a run is polled and
     * restarted; so do the tables naming the instance that ran each execution and each registry's
     * partition, and the decisions' bookkeeping of which changes each has yet to decide.
     */
    private static Map<String, Long> withoutJobRepository(Map<String, Long> counts) {
        var gatewayData = new TreeMap<>(counts);
        gatewayData.keySet().removeIf(table -> table.startsWith("BATCH_") || table.equals("JOB_EXECUTION_INSTANCE")
                || table.equals("PARTITION_OFFER") || table.equals("RECONCILIATION_RUN") || table.equals("DISCREPANCY")
                || table.startsWith("DECISION_"));
        return gatewayData;
    }

    private Set<String> operationIds(WebDriver browser) {
        return browser.findElements(By.cssSelector(".opblock-summary-operation-id")).stream().map(WebElement::getText)
                .map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private String baseUrl() {
        return "http://localhost:" + URL.matcher(read("out.txt")).results().findFirst().orElseThrow().group(1);
    }

    private int status(String path, String key) {
        var request = http.get().uri(path).accept(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return request.retrieve().toBodilessEntity().getStatusCode().value();
    }

    private Path logFile() {
        return workDir.resolve("data/logs/a6-gateway.log");
    }

    private List<JsonNode> logLines() throws IOException {
        var json = new ObjectMapper();
        var lines = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(logFile())) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    private String read(String file) {
        try {
            return Files.readString(workDir.resolve(file));
        } catch (IOException e) {
            return "";
        }
    }
}
