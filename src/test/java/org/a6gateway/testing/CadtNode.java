package org.a6gateway.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A running CADT node (the Climate Action Data Trust, v1, in its simulator mode), read and reset
 * through its own API. {@code .ci/cadt} installs and starts one from the vendored CADT release when
 * Node is on the machine ({@code .ci/run} does, and so does {@link #running} when none answers);
 * tests that need it skip, saying why, when none can be had at {@link #URL}.
 */
public final class CadtNode {

    /** Where the node answers: {@code A6_TEST_CADT_URL}, else where {@code .ci/cadt start} starts it. */
    public static final String URL = System.getenv().getOrDefault("A6_TEST_CADT_URL", "http://127.0.0.1:31399");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** Whether a node answers its health check. */
    public static boolean answers() {
        try {
            var health = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return health.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether a node answers, starting one with {@code .ci/cadt start} (stopped when the tests'
     * JVM ends) when none does and Node is on the machine: installed once from the vendored CADT
     * release, a few minutes; started from the cached install, seconds.
     */
    public static synchronized boolean running() {
        if (answers()) {
            return true;
        }
        var script = Path.of(".ci", "cadt");
        if (System.getenv("A6_TEST_CADT_URL") != null || !Files.isExecutable(script) || !onPath("node")) {
            return false;
        }
        if (run(script.toString(), "start")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(script.toString(), "stop")));
        }
        return answers();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static boolean run(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(15, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Why the tests of a real CADT node do not run here. */
    public static String absent() {
        return "no CADT node answers at " + URL + " and none could be started: .ci/cadt starts one from ../shared/vendor/cadt"
                + " when Node 20 is on the machine (or set A6_TEST_CADT_URL); the real-CADT tests are skipped";
    }

    /** Creates the node's home organization unless it has one (CADT takes about 30 s to create it). */
    public void ensureHomeOrganization() {
        if (!hasHome()) {
            send("POST", "/v1/organizations", "{\"name\":\"a6-gateway test Party\",\"icon\":\"https://example.org/party.png\"}");
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(this::hasHome);
        }
    }

    private boolean hasHome() {
        for (JsonNode organization : get("/v1/organizations")) {
            if (organization.path("isHome").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every unit the node holds, as two reads a second apart agree: the simulator applies commits
     * on a timer, and a read meanwhile can miss units.
     */
    public List<JsonNode> units() {
        var read = new ArrayList<List<JsonNode>>(List.of(unitsOnce()));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            read.add(unitsOnce());
            return read.get(read.size() - 1).equals(read.get(read.size() - 2));
        });
        return read.get(read.size() - 1);
    }

    private List<JsonNode> unitsOnce() {
        var units = new ArrayList<JsonNode>();
        for (int page = 1; ; page++) {
            var answer = get("/v1/units?page=" + page + "&limit=1000");
            answer.path("data").forEach(units::add);
            if (page >= answer.path("pageCount").asInt(0)) {
                return units;
            }
        }
    }

    /**
     * Deletes every unit and waits until the node shows none: each test starts from an empty node
     * (a fresh one, as {@code .ci/cadt start} gives, at once). The simulator may leave some of a
     * commit's deletions undone: those are staged again.
     */
    public void deleteAllUnits() {
        if (units().isEmpty() && staged() == 0) {
            return;
        }
        var emptyReads = new int[1];
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            var units = units();
            boolean nothingStaged = staged() == 0;
            if (units.isEmpty() && nothingStaged) {
                // empty for 12 reads a second apart: the simulator applies commits at a tick every 10 s,
                // and a tick may bring back for a while units a commit deleted
                return ++emptyReads[0] >= 12;
            }
            emptyReads[0] = 0;
            if (!units.isEmpty() && nothingStaged) {
                units.forEach(u -> tolerating("does not exist", () -> send("DELETE", "/v1/units",
                        "{\"warehouseUnitId\":\"" + u.path("warehouseUnitId").asText() + "\"}")));
                tolerating("empty staging", () -> send("POST", "/v1/staging/commit", "{}"));
            }
            return false;
        });
    }

    /**
     * A write whose refusal naming {@code reason} is no error: the simulator applies a commit's rows
     * over a few seconds, so a unit listed may be gone and a staging table already emptied.
     */
    private static void tolerating(String reason, Runnable write) {
        try {
            write.run();
        } catch (IllegalStateException refused) {
            if (!refused.getMessage().contains(reason)) {
                throw refused;
            }
        }
    }

    /** Rows waiting in the node's staging table. */
    public int staged() {
        return get("/v1/staging?page=1&limit=100").path("data").size();
    }

    private JsonNode get(String path) {
        return json(request(HttpRequest.newBuilder(URI.create(URL + path)).GET()));
    }

    private JsonNode send(String method, String path, String body) {
        return json(request(HttpRequest.newBuilder(URI.create(URL + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))));
    }

    private String request(HttpRequest.Builder request) {
        try {
            var answer = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException("CADT answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("CADT did not answer at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("CADT answered something else than JSON: " + text, e);
        }
    }
}
