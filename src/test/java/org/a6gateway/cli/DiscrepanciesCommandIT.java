package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconcile} and {@code discrepancies} on a store the sync has not filled: what they say
 * before the first run, after an empty one, and for input they cannot take. The filled case is
 * in {@link SyncEndToEndIT}.
 */
class DiscrepanciesCommandIT {

    private final String database = "-Pa6.test.database=discrepancies" + System.nanoTime();

    @TempDir
    Path dir;

    /** One store: listed before its first reconciliation, then reconciled empty, listed, shown and exported. */
    @Test
    void beforeTheFirstReconciliationTheListSaysHowToGetOneAndAnEmptyStoreReconcilesToNothing() throws Exception {
        var before = CliRun.of("discrepancies", "list", database);
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.err()).contains("no reconciliation yet: run 'reconcile' or 'sync' first");
        assertThat(before.out()).isEmpty();

        var reconciled = CliRun.of("reconcile", "--json", database);
        assertThat(reconciled.exitCode()).as(reconciled.err()).isZero();
        assertThat(reconciled.out().strip()).startsWith("{").contains("\"found\":0").endsWith("}");

        var listed = CliRun.of("discrepancies", "list", database);
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("reconciliation run ").contains(": 0 of 0 discrepancies");

        var shown = CliRun.of("discrepancies", "show", "0123456789abcdef", database);
        assertThat(shown.exitCode()).isEqualTo(1);
        assertThat(shown.err()).contains("no discrepancy 0123456789abcdef in the latest reconciliation");

        Path file = dir.resolve("d.json");
        var exported = CliRun.of("discrepancies", "export", "--format", "json", "-o", file.toString(), database);
        assertThat(exported.exitCode()).isZero();
        assertThat(Files.readString(file).strip()).isEqualTo("[]");
        assertThat(exported.err()).contains("0 discrepancies written to " + file);
    }

    @Test
    void anUnknownFormatOrTypeIsRefusedWithANonZeroExit() {
        var format = CliRun.of("discrepancies", "export", "--format", "xml", database);
        assertThat(format.exitCode()).isNotZero();
        assertThat(format.err()).contains("export format 'xml' is not one of csv, json");

        var type = CliRun.of("discrepancies", "list", "--type", "NOT_A_TYPE", database);
        assertThat(type.exitCode()).isNotZero();
        assertThat(type.err()).contains("--type").contains("NOT_A_TYPE");
    }
}
