package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.a6gateway.security.OperationRoles;
import org.a6gateway.testing.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code serve} as an operator starts it, in a JVM of its own on its default configuration: it
 * prints one API key per role (and only there: the log file never holds a key), the keys sign in
 * with their roles, Swagger UI lists every operation of the contract, and the log file is one JSON
 * object per line carrying the request id of each API request and the job execution id of each job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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
    void stop() throws InterruptedException {
        if (serve != null) {
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
