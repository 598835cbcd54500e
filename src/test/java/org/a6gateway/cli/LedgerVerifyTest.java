package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The ledger's hash chain shows any edit of history made behind the gateway's back. */
class LedgerVerifyTest {

    private final String database = "-Pa6.test.database=ledger" + System.nanoTime();

    /** One store: intact, then an event deleted, then an earlier one edited; each break is named where it is. */
    @Test
    void anIntactLedgerVerifiesAndADeletedOrEditedEventIsFound() throws SQLException {
        assertThat(CliRun.of("sync", "--json", database).exitCode()).isZero();

        var intact = CliRun.of("ledger", "verify", database);
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("ledger intact: 1659 events");

        sql("delete from ledger_event where sequence_no = 500");

        var deleted = CliRun.of("ledger", "verify", database);
        assertThat(deleted.exitCode()).isEqualTo(3);
        assertThat(deleted.err()).contains("ledger broken at event 501: sequence 500 is missing");

        sql("update ledger_event set subject = 'VCS 16745 1-999999999 A6_AUTHORIZED_NDC' where sequence_no = 10");

        var edited = CliRun.of("ledger", "verify", database);
        assertThat(edited.exitCode()).isEqualTo(3);
        assertThat(edited.err()).as("the first break in the chain")
                .contains("ledger broken at event 10: its content was changed after it was recorded");
    }

    /** Plain JDBC on the test's in-memory store, as someone editing the database by hand would. */
    private void sql(String statement) throws SQLException {
        String url = "jdbc:h2:mem:" + database.substring(database.indexOf('=') + 1) + ";DB_CLOSE_DELAY=-1";
        try (var connection = DriverManager.getConnection(url, "sa", ""); var update = connection.createStatement()) {
            assertThat(update.executeUpdate(statement)).isEqualTo(1);
        }
    }
}
