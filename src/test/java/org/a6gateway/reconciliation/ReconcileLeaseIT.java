package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.a6gateway.jobs.LeaseHeldElsewhere;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconciliations take the reconcile lease: while another instance on the same database
 * reconciles, this one refuses to start a reconciliation of its own, and its sync skips the
 * reconcile step, saying where it runs, rather than fail. Once the lease is free, both reconcile.
 * The other instance is a row in the lease table, as a live instance on another host leaves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReconcileLeaseIT {

    private static final String ELSEWHERE = "other-host/4242/5eeded00";

    @Autowired
    ReconcileRuns reconciliations;
    @Autowired
    SyncRuns syncs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void free() {
        jdbc.update("delete from instance_lease where holder = ?", ELSEWHERE);
    }

    @Test
    void oneInstanceReconcilesAtATime() {
        jdbc.update("insert into instance_lease (lease_name, holder, acquired_at, expires_at)"
                + " values ('job:reconcile', ?, current_timestamp, current_timestamp + interval '10' minute)", ELSEWHERE);

        assertThatThrownBy(reconciliations::runNow).isInstanceOf(LeaseHeldElsewhere.class)
                .hasMessageContaining("job reconcile runs on another gateway instance (" + ELSEWHERE);
        assertThatThrownBy(reconciliations::start).isInstanceOf(LeaseHeldElsewhere.class);

        var sync = syncs.runNow();

        assertThat(sync.status()).as(String.valueOf(sync.failure())).isEqualTo("COMPLETED");
        assertThat(sync.summary().skipped()).containsOnlyKeys("reconcile");
        assertThat(sync.summary().skipped().get("reconcile")).startsWith("not reconciled here: job reconcile runs on another"
                + " gateway instance (" + ELSEWHERE);
        assertThat(sync.summary().discrepancies()).isEmpty();
        assertThat(sync.summary().blocks()).as("everything else of the sync done").isEqualTo(637);
        assertThat(sync.summary().ledgerEvents()).isEqualTo(1659);

        free();
        var reconciled = reconciliations.runNow();

        assertThat(reconciled.status()).isEqualTo("COMPLETED");
        assertThat(reconciled.reconciliation().byType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(19);
        assertThat(jdbc.queryForObject("select count(*) from instance_lease where lease_name = 'job:reconcile'", Integer.class))
                .as("released when the run ended").isZero();
    }
}
