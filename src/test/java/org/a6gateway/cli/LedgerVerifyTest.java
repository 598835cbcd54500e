package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.a6gateway.A6Gateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger's hash chain shows any edit of history made behind the gateway's back. */
class LedgerVerifyTest {

    private final String database = "-Pa6.test.database=ledger" + System.nanoTime();

    /** One store: intact, then an event deleted, then an earlier one edited; each break is named where it is. */
    @Test
    void anIntactLedgerVerifiesAndADeletedOrEditedEventIsFound() {
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

    private void sql(String statement) {
        var options = new ContextOptions();
        options.properties = java.util.List.of(database.substring(2));
        try (var context = GatewayContext.start(A6Gateway.class, WebApplicationType.NONE, options)) {
            context.getBean(JdbcTemplate.class).update(statement);
        }
    }
}
