package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.a6gateway.simulator.RegistrySimulators;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway instances ({@code serve}, JVMs of their own) on one database, over a host Party's
 * three private registries and its national one, both polling the sync every few seconds with a
 * short lease: only the lease holder syncs, so sync executions never overlap, but both read its
 * private registries (one partition each, under the registry's lease) in the same minute; when the
 * holder is killed (SIGKILL) the other takes the lease over within a minute, resumes the run the
 * dead one left behind and completes it, reads every registry itself, and every command reached
 * the registries under one key (the one in flight at the kill at most resent, as a replay).
 * The database is a server of its own, as in production: H2 over TCP, or a schema of its own on
 * the PostgreSQL server in the PostgreSQL suite.
 */
class InstanceTakeoverIT {

    private static final List<String> POLLING = List.of("-P", "a6.sync.poll-interval=5s", "-P", "a6.lease.duration=8s",
            "-P", "a6.lease.renew-every=2s",
            // Both instances share a host here; in production they do not, and the lease must expire.
            "-P", "a6.lease.take-over-dead-local-holders=false");

    @TempDir
    Path workDir;

    private Database database;
    private final List<Process> instances = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (var instance : instances) {
            instance.destroy();
            instance.waitFor();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void oneInstanceSyncsAtATimeBothReadItsRegistriesAndTheOtherTakesOverWhenItIsKilled() throws Exception {
        database = Database.open(workDir);
        try (var simulators = RegistrySimulators.startDemo(0, 0)) {
            var first = serve(listed(simulators), "first");
            awaitServing("first", first);
            var second = serve(listed(simulators), "second");
            awaitServing("second", second);

            // The sync's holder offers a partition per private registry and leaves the other its share.
            var shared = await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> database.partitionRuns().stream().filter(r -> r.takers().size() == 2).findFirst(),
                            Optional::isPresent).orElseThrow();
            assertThat(shared.takers()).containsExactlyInAnyOrder(first.pid(), second.pid());
            assertThat(shared.spread()).as("both instances took their partitions of one sync").isLessThan(Duration.ofMinutes(5));
            System.out.printf("registry partitions: sync execution %d read by instances %s, taken %.1f s apart%n",
                    shared.jobExecutionId(), shared.takers(), shared.spread().toMillis() / 1000.0);

            // The holder, mid-way through a sync (its first, which pushes, or a later one).
            long holderPid = await().atMost(Duration.ofMinutes(10)).until(this::runningSyncPid, pid -> pid != 0);
            var holder = holderPid == first.pid() ? first : second;
            var standby = holder == first ? second : first;
            assertThat(database.executions()).allSatisfy(e -> assertThat(e.pid()).isEqualTo(holderPid));
            holder.destroyForcibly().waitFor();
            var killedAt = database.now();
            long killedAtNanos = System.nanoTime();

            // Takes over: the lease expires, the standby's poller takes it and resumes the sync (a new execution of its own).
            awaitOrExplain(Duration.ofMinutes(5), standby, () -> database.executions().stream().anyMatch(e -> e.pid() == standby.pid()));
            var takeover = Duration.ofNanos(System.nanoTime() - killedAtNanos);
            awaitOrExplain(Duration.ofMinutes(10), standby, () -> database.executions().stream()
                    .anyMatch(e -> e.pid() == standby.pid() && "COMPLETED".equals(e.status())));
            var completed = Duration.ofNanos(System.nanoTime() - killedAtNanos);
            System.out.printf("instance takeover: the standby started syncing %.1f s and completed a sync %.1f s after the holder was"
                    + " killed%n", takeover.toMillis() / 1000.0, completed.toMillis() / 1000.0);
            awaitOrExplain(Duration.ofMinutes(10), standby, () -> {
                var done = database.executions().stream().filter(e -> "COMPLETED".equals(e.status()))
                        .map(Execution::id).collect(Collectors.toSet());
                return database.partitionRuns().stream().anyMatch(r -> r.firstTaken().after(killedAt)
                        && r.takers().equals(Set.of(standby.pid())) && r.partitions() == 3
                        && done.contains(r.jobExecutionId()));
            });

            var executions = database.executions();
            for (int i = 1; i < executions.size(); i++) {
                var before = executions.get(i - 1);
                assertThat(before.end()).as("execution %d ended before %d started", before.id(), executions.get(i).id())
                        .isNotNull().isBeforeOrEqualTo(executions.get(i).start());
            }
            assertThat(executions).allSatisfy(e -> assertThat(e.pid())
                    .isEqualTo(e.start().before(killedAt) ? holderPid : standby.pid()));
            var writes = simulators.servers().stream().map(WireMockServer::getAllServeEvents).flatMap(List::stream)
                    .filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                    .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key")));
            assertThat(writes).hasSize(1659);
            assertThat(writes.values().stream().filter(sent -> sent.size() > 1).toList()).hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(sent -> assertThat(sent.get(1).getResponse().getBodyAsString())
                            .isEqualTo(sent.get(0).getResponse().getBodyAsString()));
            assertThat(database.count("ledger_event")).isEqualTo(1659);
            assertThat(database.count("credit_block")).isEqualTo(637);
        }
    }

    /** The demo's registries as a list: its three private ones and the national one, by their ids. */
    private static List<String> listed(RegistrySimulators simulators) {
        var options = new ArrayList<String>();
        int i = 0;
        for (var registry : simulators.privateBaseUrls().entrySet()) {
            options.addAll(entry(i++, registry.getKey(), "private", registry.getValue()));
        }
        options.addAll(entry(i, "national-registry", "national", simulators.nationalBaseUrl()));
        options.addAll(List.of("-P", "a6.sync.partition-patience=15s"));
        return options;
    }

    private static List<String> entry(int index, String id, String role, String url) {
        String prefix = "a6.registries[" + index + "].";
        return List.of("-P", prefix + "id=" + id, "-P", prefix + "role=" + role, "-P", prefix + "url=" + url);
    }

    private void awaitOrExplain(Duration atMost, Process standby, Callable<Boolean> condition) throws Exception {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            String name = instances.get(0) == standby ? "first" : "second";
            String log = read(name, "data/logs/a6-gateway.log");
            throw new AssertionError(e.getMessage() + "\nexecutions: " + database.executions() + "\nstandby alive: " + standby.isAlive()
                    + "\nstandby's log (end):\n" + log.substring(Math.max(0, log.length() - 6000)) + "\nstderr (end):\n"
                    + read(name, "err.txt").lines().filter(l -> !l.startsWith("\tat ")).reduce("", (a, b) -> (a + "\n" + b)
                    .substring(Math.max(0, a.length() + b.length() - 6000))), e);
        }
    }

    /** The pid of the instance running a sync now, 0 when none is. */
    private long runningSyncPid() throws SQLException {
        return database.executions().stream().filter(e -> "STARTED".equals(e.status())).mapToLong(Execution::pid)
                .findFirst().orElse(0);
    }

    private Process serve(List<String> registries, String name) throws IOException {
        var command = GatewayJvm.command("serve", "--port", "0");
        command.addAll(registries);
        command.addAll(database.options());
        command.addAll(POLLING);
        command.addAll(GatewayJvm.DEMO_SETTINGS);
        var dir = Files.createDirectories(workDir.resolve(name));
        var builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        var process = builder.start();
        instances.add(process);
        return process;
    }

    private void awaitServing(String name, Process process) {
        await().atMost(Duration.ofMinutes(5)).until(() -> read(name, "out.txt").contains("Syncing every") || !process.isAlive());
        assertThat(process.isAlive()).as(read(name, "err.txt")).isTrue();
    }

    private String read(String name, String file) {
        try {
            return Files.readString(workDir.resolve(name).resolve(file));
        } catch (IOException e) {
            return "";
        }
    }

    record Execution(long id, long pid, String status, Timestamp start, Timestamp end) {
    }

    /** The partitions of one sync execution: how many, which instances (pids) took them, when the first and last were taken. */
    record PartitionRun(long jobExecutionId, int partitions, Set<Long> takers, Timestamp firstTaken, Timestamp lastTaken) {

        Duration spread() {
            return Duration.ofMillis(lastTaken.getTime() - firstTaken.getTime());
        }
    }

    /** The shared database: an H2 TCP server in this JVM, or a fresh schema on the PostgreSQL suite's server. */
    private record Database(String url, String user, String password, List<String> options, Server h2) {

        static Database open(Path dir) throws SQLException {
            if (!"postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"))) {
                var server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
                String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/shared";
                return new Database(url, "sa", "", List.of("--db-url=" + url), server);
            }
            String base = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/a6gateway");
            String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "a6gateway");
            String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "a6gateway");
            String schema = "takeover" + UUID.randomUUID().toString().replace("-", "");
            try (var db = DriverManager.getConnection(base, user, password)) {
                db.createStatement().execute("create schema " + schema);
            }
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Database(url, user, password, List.of("--db-url=" + url, "-P", "spring.profiles.active=postgres",
                    "-P", "spring.datasource.username=" + user, "-P", "spring.datasource.password=" + password,
                    "-P", "spring.flyway.schemas=" + schema), null);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Every sync execution in the order it started, with the pid of the instance that ran it (host/pid/nonce). */
        List<Execution> executions() throws SQLException {
            var executions = new ArrayList<Execution>();
            try (var db = connect(); var rs = db.createStatement().executeQuery(
                    "select e.job_execution_id, i.instance_id, e.status, e.start_time, e.end_time from batch_job_execution e"
                            + " join job_execution_instance i on i.job_execution_id = e.job_execution_id"
                            + " where e.start_time is not null order by e.start_time, e.job_execution_id")) {
                while (rs.next()) {
                    executions.add(new Execution(rs.getLong(1), Long.parseLong(rs.getString(2).split("/")[1]), rs.getString(3),
                            rs.getTimestamp(4), rs.getTimestamp(5)));
                }
            } catch (SQLException e) {
                if (e.getMessage().toLowerCase().contains("job_execution_instance")) {
                    return List.of(); // not migrated yet
                }
                throw e;
            }
            return executions;
        }

        List<PartitionRun> partitionRuns() throws SQLException {
            var taken = new TreeMap<Long, List<Object[]>>();
            try (var db = connect(); var rs = db.createStatement().executeQuery(
                    "select job_execution_id, taken_by, taken_at from partition_offer where taken_by is not null")) {
                while (rs.next()) {
                    taken.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {Long.parseLong(rs.getString(2).split("/")[1]), rs.getTimestamp(3)});
                }
            } catch (SQLException e) {
                if (e.getMessage().toLowerCase().contains("partition_offer")) {
                    return List.of(); // not migrated yet
                }
                throw e;
            }
            var runs = new ArrayList<PartitionRun>();
            taken.forEach((job, rows) -> runs.add(new PartitionRun(job, rows.size(),
                    rows.stream().map(r -> (Long) r[0]).collect(Collectors.toSet()),
                    rows.stream().map(r -> (Timestamp) r[1]).min(Timestamp::compareTo).orElseThrow(),
                    rows.stream().map(r -> (Timestamp) r[1]).max(Timestamp::compareTo).orElseThrow())));
            return runs;
        }

        Timestamp now() throws SQLException {
            try (var db = connect(); var rs = db.createStatement().executeQuery("select localtimestamp")) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }

        long count(String table) throws SQLException {
            try (var db = connect(); var rs = db.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void close() {
            if (h2 != null) {
                h2.stop();
            }
        }
    }
}
