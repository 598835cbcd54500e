package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The ledger's hash chain shows any edit of history made behind the gateway's back: the demo's
 * synced store ({@link SyncedStore}) verifies intact; a copy of it, edited by hand, does not.
 */
class LedgerVerifyIT {

    /** One copy: an event deleted, then an earlier one edited; each break is named where it is. */
    @Test
    void anIntactLedgerVerifiesAndADeletedOrEditedEventIsFound() throws Exception {
        SyncedStore.firstSync();
        var intact = CliRun.of("ledger", "verify", SyncedStore.DATABASE);
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("ledger intact: 1659 events");

        String copy = copyOfTheSyncedStore();
        String database = "-Pa6.test.database=" + copy;
        sql(copy, "delete from ledger_event where sequence_no = 500");

        var deleted = CliRun.of("ledger", "verify", database);
        assertThat(deleted.exitCode()).isEqualTo(3);
        assertThat(deleted.err()).contains("ledger broken at event 501: sequence 500 is missing");

        sql(copy, "update ledger_event set subject = 'VCS 16745 1-999999999 A6_AUTHORIZED_NDC' where sequence_no = 10");

        var edited = CliRun.of("ledger", "verify", database);
        assertThat(edited.exitCode()).isEqualTo(3);
        assertThat(edited.err()).as("the first break in the chain")
                .contains("ledger broken at event 10: its content was changed after it was recorded");
    }

    /** H2's own copy (a script of the store run into a new in-memory database), so the shared store stays intact. */
    private static String copyOfTheSyncedStore() throws SQLException, IOException {
        String copy = "ledgercopy" + System.nanoTime();
        var script = Files.createTempFile("a6-ledger-copy-", ".sql");
        try (var store = DriverManager.getConnection(url(SyncedStore.name()), "sa", "");
             var target = DriverManager.getConnection(url(copy), "sa", "");
             var write = store.createStatement(); var read = target.createStatement()) {
            write.execute("SCRIPT TO '" + script + "'");
            read.execute("RUNSCRIPT FROM '" + script + "'");
        } finally {
            Files.deleteIfExists(script);
        }
        return copy;
    }

    /** Plain JDBC on an in-memory store, as someone editing the database by hand would. */
    private static void sql(String name, String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(url(name), "sa", ""); var update = connection.createStatement()) {
            assertThat(update.executeUpdate(statement)).isEqualTo(1);
        }
    }

    private static String url(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}
