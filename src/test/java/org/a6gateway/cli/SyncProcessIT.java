package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job as an operator runs it: separate JVM processes, the default configuration, the H2
 * file under ./data. Whatever a run committed is still there for the next process, and a second
 * run leaves every table of the gateway's data as it was.
 */
class SyncProcessIT {

    @TempDir
    Path workDir;

    @Test
    void twoSyncProcessesInARowCommitEverythingAndTheSecondChangesNoTable() throws Exception {
        assertThat(sync()).isZero();
        var afterFirst = rowCounts();

        assertThat(sync()).isZero();
        var afterSecond = rowCounts();

        assertThat(afterFirst).containsEntry("CREDIT_BLOCK", 637L).containsEntry("LEDGER_EVENT", 1659L)
                .containsEntry("OUTBOX_COMMAND", 1659L).containsEntry("ITMO_PAIR", 360L).containsEntry("HELD_BACK", 262L);
        assertThat(withoutJobRepository(afterSecond)).isEqualTo(withoutJobRepository(afterFirst));
        assertThat(afterSecond).as("the second run decided again what the first one's read-backs noted, and noted nothing new")
                .containsEntry("DECISION_CHANGE", 0L).containsEntry("DECISION_MARK", 6L);
        assertThat(executionStatuses()).isEqualTo("COMPLETED,COMPLETED");
    }

    /** Runs `sync --json` in a JVM of its own, with the application's classpath only (no test configuration). */
    private int sync() throws IOException, InterruptedException {
        var builder = new ProcessBuilder(GatewayJvm.command("sync", "--json"))
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve("out.json").toFile())
                .redirectError(workDir.resolve("err.txt").toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        var process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("sync did not end within 10 minutes");
        }
        assertThat(Files.readString(workDir.resolve("out.json"))).contains("\"blocks\":637");
        return process.exitValue();
    }

    private Map<String, Long> rowCounts() throws SQLException {
        var counts = new TreeMap<String, Long>();
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/a6-gateway"), "sa", "")) {
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
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/a6-gateway"), "sa", "");
             var rs = db.createStatement().executeQuery(
                     "select listagg(status, ',') within group (order by job_execution_id) from batch_job_execution")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Spring Batch's job repository records every run by design: that is how a run is polled and
     * restarted; so do the tables naming the instance that ran each execution and each registry's partition.
     */
    private static Map<String, Long> withoutJobRepository(Map<String, Long> counts) {
        var gatewayData = new TreeMap<>(counts);
        gatewayData.keySet().removeIf(table -> table.startsWith("BATCH_") || table.equals("JOB_EXECUTION_INSTANCE")
                || table.equals("PARTITION_OFFER") || table.equals("RECONCILIATION_RUN") || table.equals("DISCREPANCY")
                // the decisions' bookkeeping: which changes each has yet to decide (DecisionChanges)
                || table.startsWith("DECISION_"));
        return gatewayData;
    }
}
