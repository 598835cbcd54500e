package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.a6gateway.outbox.CommandPusher;
import org.a6gateway.simulator.RegistrySimulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a sync whose JVM is killed (SIGKILL) again and again at random points, each time
 * followed by the plain {@code sync} an operator would run next (it resumes the interrupted run:
 * Spring Batch skips the completed steps, the outbox sends only what the registries have not
 * acknowledged), ends in exactly the state of a run never interrupted: the same gateway store,
 * outbox and ledger, the same blocks and ITMO pairs in both simulated registries. Every command
 * reached the registries under one idempotency key; a command in flight at a kill was sent again
 * with its key and answered as a replay of the first, never written twice.
 *
 * <p>{@code -Da6.crash.kills=N} (default 3; the recorded run in docs/BENCHMARKS.md used 20) and
 * {@code -Da6.crash.seed=S} (default 8). The kill points are drawn from the uninterrupted run's
 * request journal: after a random number of registry requests (reads and writes, counted over the
 * whole crashed history, so each process gets killed somewhere in the rest of the work), plus a
 * random delay of up to half a second so that kills also land between requests, in the decision
 * steps and the chunk commits.
 */
class SyncCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = Integer.getInteger("a6.crash.kills", 3);
    private static final long SEED = Long.getLong("a6.crash.seed", 8L);

    @TempDir
    Path workDir;

    @Test
    void aSyncKilledAtRandomPointsAndRunAgainEndsAsAnUninterruptedRun() throws Exception {
        State uninterrupted;
        long requests;
        try (var simulators = RegistrySimulators.start(0, 0)) {
            var run = reference(simulators);
            assertThat(run.exitCode()).as(run.err()).isZero();
            uninterrupted = state(simulators, "reference");
            requests = journal(simulators);
        }

        long began = System.nanoTime();
        var random = new Random(SEED);
        try (var simulators = RegistrySimulators.start(0, 0)) {
            int kills = 0;
            for (long point : killPoints(random, requests)) {
                var process = gateway(simulators, "crashed", "sync", "--json").start();
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
                        .until(() -> journal(simulators) >= point || !process.isAlive());
                var jitter = Duration.ofMillis(random.nextInt(500));
                await().pollDelay(jitter).atMost(jitter.plusSeconds(1)).until(() -> true);
                if (!process.isAlive()) {
                    break;
                }
                process.destroyForcibly().waitFor();
                kills++;
            }
            assertThat(kills).as("every kill landed while the sync was running").isEqualTo(KILLS);

            var last = gateway(simulators, "crashed", "sync", "--json").start();
            assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(last.exitValue()).as(Files.readString(workDir.resolve("crashed.err"))).isZero();

            var recovered = state(simulators, "crashed");
            assertThat(recovered.store()).isEqualTo(uninterrupted.store());
            assertThat(recovered.registries()).isEqualTo(uninterrupted.registries());
            var requestsPerKey = writes(simulators).stream()
                    .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key")));
            assertThat(requestsPerKey).hasSize(1658);
            var resent = requestsPerKey.values().stream().filter(sent -> sent.size() > 1).toList();
            assertThat(resent).as("at most the commands acknowledged but not yet recorded at each kill")
                    .hasSizeLessThanOrEqualTo(KILLS * CommandPusher.ACKNOWLEDGEMENTS_PER_COMMIT)
                    .allSatisfy(sent -> assertThat(sent).allSatisfy(again -> assertThat(again.getResponse().getBodyAsString())
                            .as("a resent command is answered as a replay of its first write")
                            .isEqualTo(sent.get(0).getResponse().getBodyAsString())));
        }
        var seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
        System.out.printf("crash harness: seed %d, %d kills, %d s killed and resumed%n", SEED, KILLS, seconds);
        // Each interrupted execution was resumed (restarted), never left behind for a new run. A kill
        // may land while the next process is still starting, before it resumed anything: at most one
        // interrupted execution per kill.
        assertThat(executionStatuses("crashed")).matches("(FAILED,){1," + KILLS + "}COMPLETED");
        assertThat(jobInstances("crashed")).isEqualTo(1);
    }

    /**
     * KILLS distinct points in the crashed history's request count, within the first 85% of what
     * an uninterrupted run needs, so that the last kill still finds a sync running.
     */
    private static List<Long> killPoints(Random random, long requests) {
        var points = new TreeSet<Long>();
        while (points.size() < KILLS) {
            points.add(1 + (long) (random.nextDouble() * requests * 0.85));
        }
        return List.copyOf(points);
    }

    private static long journal(RegistrySimulators simulators) {
        return simulators.servers().stream().mapToLong(server -> server.getAllServeEvents().size()).sum();
    }

    private record State(Map<String, List<String>> store, Map<String, List<String>> registries) {
    }

    /**
     * The uninterrupted run, in this JVM: the same command and settings as the crashed processes
     * get, with the folders they find under their working directory named outright.
     */
    private CliRun reference(RegistrySimulators simulators) {
        var data = workDir.resolve("reference-data");
        var args = new ArrayList<>(List.of("sync", "--json"));
        args.addAll(registriesAndStore(simulators, "reference"));
        args.addAll(GatewayJvm.DEMO_SETTINGS);
        args.addAll(List.of("-Pa6.reports.dir=" + data.resolve("reports"),
                "-Pa6.exports.inbox.verra=" + data.resolve("inbox/verra"),
                "-Pa6.exports.inbox.gold-standard=" + data.resolve("inbox/gold-standard")));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<String> registriesAndStore(RegistrySimulators simulators, String name) {
        return List.of("--vcm-registry-url=" + simulators.vcmBaseUrl(),
                "--national-registry-url=" + simulators.nationalBaseUrl(), "--db-url=" + dbUrl(name));
    }

    private ProcessBuilder gateway(RegistrySimulators simulators, String name, String... args) {
        var command = GatewayJvm.command(args);
        command.addAll(registriesAndStore(simulators, name));
        command.addAll(GatewayJvm.DEMO_SETTINGS);
        var builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve(name + ".out").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(workDir.resolve(name + ".err").toFile()));
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        return builder;
    }

    private String dbUrl(String name) {
        return "jdbc:h2:file:" + workDir.resolve(name) + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }

    private static List<ServeEvent> writes(RegistrySimulators simulators) {
        return simulators.servers().stream().map(WireMockServer::getAllServeEvents).flatMap(List::stream)
                .filter(e -> e.getRequest().getMethod().getName().equals("POST")).toList();
    }

    private State state(RegistrySimulators simulators, String name) throws Exception {
        return new State(store(name), registries(simulators));
    }

    /** The gateway's own tables, minus what differs by nature between runs: ids, times, job execution ids. */
    private Map<String, List<String>> store(String name) throws Exception {
        var queries = Map.of(
                "credit_block", "select b.block_id || ' v' || b.source_version || ' ' || b.block_start || '-' || b.block_end"
                        + " || ' ' || b.status || ' ' || coalesce(b.itmo_first_id, '') || ' ' || coalesce(("
                        + "select listagg(l.code || ':' || coalesce(l.authorization_id, ''), ',') within group (order by l.code)"
                        + " from credit_block_label l where l.block_pk = b.id), '') from credit_block b",
                "outbox_command", "select idempotency_key || ' ' || registry || ' ' || operation || ' ' || subject"
                        + " || ' ' || status || ' ' || attempts from outbox_command",
                "ledger_event", "select registry || ' ' || kind || ' ' || subject from ledger_event order by sequence_no",
                "itmo_pair", "select first_itmo_id || ' ' || last_itmo_id || ' ' || unit_start || '-' || unit_end"
                        + " || ' ' || authorization_id || ' ' || (confirmed_at is not null) from itmo_pair",
                "held_back", "select kind || ' ' || subject || ' ' || reason || ' ' || detail || ' ' || (resolved_at is null)"
                        + " from held_back",
                "a6_authorization", "select authorization_id || ' v' || version || ' ' || status from a6_authorization");
        var rows = new TreeMap<String, List<String>>();
        try (var db = DriverManager.getConnection(dbUrl(name), "sa", "")) {
            for (var query : queries.entrySet()) {
                var values = new ArrayList<String>();
                try (var rs = db.createStatement().executeQuery(query.getValue())) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
                if (!query.getKey().equals("ledger_event")) {
                    values.sort(null);
                }
                rows.put(query.getKey(), values);
            }
        }
        return rows;
    }

    /** Every block as the private registry now holds it, and every record of the national registry's feed. */
    private static Map<String, List<String>> registries(RegistrySimulators simulators) throws Exception {
        var blocks = new ArrayList<String>();
        for (JsonNode block : feed(simulators.vcmBaseUrl() + "/blocks/changes")) {
            var copy = block.deepCopy();
            ((ObjectNode) copy).remove("updatedAt");
            blocks.add(copy.toString());
        }
        var national = new ArrayList<String>();
        for (JsonNode change : feed(simulators.nationalBaseUrl() + "/changes")) {
            var copy = change.deepCopy();
            // the day the registry recorded a withdrawal: two runs either side of midnight differ by nature
            if (copy.get("itmoPairWithdrawal") instanceof ObjectNode withdrawal) {
                withdrawal.remove("withdrawnOn");
            }
            national.add(copy.toString());
        }
        // The feed lists a block again at each change; its last state is what the registry holds.
        var latest = new TreeMap<String, String>();
        blocks.forEach(b -> latest.put(readId(b), b));
        return Map.of("vcm-registry", List.copyOf(latest.values()), "national-registry", national);
    }

    private static String readId(String block) {
        try {
            return JSON.readTree(block).get("blockId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> feed(String url) throws Exception {
        var http = HttpClient.newHttpClient();
        var items = new ArrayList<JsonNode>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var page = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor))).build(), HttpResponse.BodyHandlers.ofString()).body());
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").asText();
            more = page.get("hasMore").asBoolean();
        }
        return items;
    }

    private long jobInstances(String name) throws Exception {
        try (var db = DriverManager.getConnection(dbUrl(name), "sa", "");
             var rs = db.createStatement().executeQuery("select count(*) from batch_job_instance")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String executionStatuses(String name) throws Exception {
        try (var db = DriverManager.getConnection(dbUrl(name), "sa", "");
             var rs = db.createStatement().executeQuery(
                     "select listagg(status, ',') within group (order by job_execution_id) from batch_job_execution")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
