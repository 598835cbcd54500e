package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.simulator.RegistrySimulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --dry-run --json} on a fresh store, against the demo's registries given by URL: it
 * lists every command of the demo's first sync, and the registries hear nothing but reads; the
 * store is left empty. The real sync that follows sends exactly the commands listed, each
 * registry, operation, subject and body the same.
 */
class DryRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDryRunListsEveryCommandTheSyncThenSendsAndSendsNone() throws Exception {
        try (var registries = RegistrySimulators.startDemo(0, 0)) {
            var dry = CliRun.of(args(registries, "sync", "--dry-run", "--json"));
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            JsonNode report = JSON.readTree(dry.out());
            assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(report.path("notSimulated").fieldNames()).toIterable().containsExactly("export inboxes");
            assertThat(report.path("commands")).isNotEmpty().allSatisfy(c -> assertThat(c.path("state").asText()).isEqualTo("WOULD_SEND"));
            assertThat(writes(registries)).as("the registries heard only reads").isEmpty();
            assertThat(count("outbox_command") + count("credit_block")).as("the store is only read").isZero();

            var real = CliRun.of(args(registries, "sync", "--json"));
            assertThat(real.exitCode()).as(real.err()).isZero();
            long pushed = JSON.readTree(real.out()).path("pushed").asLong();
            assertThat(report.path("total").asLong()).as("the commands the real sync sent").isEqualTo(pushed).isGreaterThan(1600);
            assertThat(listed(report)).as("registry, operation, subject and body").isEqualTo(sent());
        }
    }

    private String[] args(RegistrySimulators registries, String... command) {
        var args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--db-url", "jdbc:h2:file:" + dir.resolve("store") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0",
                "-P", "a6.units.conversions.KVS.MCC=1000", "-P", "a6.approvals.required="));
        int i = 0;
        for (var registry : registries.privateBaseUrls().entrySet()) {
            args.addAll(entry(i++, registry.getKey(), "private", registry.getValue()));
        }
        args.addAll(entry(i, "national-registry", "national", registries.nationalBaseUrl()));
        return args.toArray(String[]::new);
    }

    private static List<String> entry(int index, String id, String role, String url) {
        String prefix = "a6.registries[" + index + "].";
        return List.of("-P", prefix + "id=" + id, "-P", prefix + "role=" + role, "-P", prefix + "url=" + url);
    }

    private static List<String> writes(RegistrySimulators registries) {
        var writes = new ArrayList<String>();
        for (WireMockServer server : registries.servers()) {
            server.getAllServeEvents().stream().map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl())
                    .filter(call -> !call.startsWith("GET ")).forEach(writes::add);
        }
        return writes;
    }

    private static List<String> listed(JsonNode report) {
        var commands = new ArrayList<String>();
        report.path("commands").forEach(c -> commands.add(String.join(" | ", c.path("registry").asText(), c.path("operation").asText(),
                c.path("subject").asText(), c.path("payload").toString())));
        commands.sort(null);
        return commands;
    }

    private List<String> sent() throws Exception {
        var commands = new ArrayList<String>();
        try (var store = DriverManager.getConnection(url(), "sa", "");
             var rows = store.createStatement().executeQuery("SELECT registry, operation, subject, payload, status FROM outbox_command")) {
            while (rows.next()) {
                assertThat(rows.getString(5)).isEqualTo("DELIVERED");
                commands.add(String.join(" | ", rows.getString(1), rows.getString(2), rows.getString(3),
                        JSON.readTree(rows.getString(4)).toString()));
            }
        }
        commands.sort(null);
        return commands;
    }

    private long count(String table) throws Exception {
        try (var store = DriverManager.getConnection(url(), "sa", "");
             var rows = store.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("store") + ";AUTO_SERVER=FALSE";
    }
}
