package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.a6gateway.reconciliation.ReconcileRuns;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sync's reconciliation compares again only what changed (issue 9) and finds what comparing
 * everything finds. After a first sync, a label is removed in the private registry (the gateway
 * applies it back: a changed block and a new ledger entry) and a national record changes in the
 * store behind every note's back (only its digest tells); the next sync's reconciliation is scoped
 * to those, and the reconcile job, comparing everything afterwards, finds exactly the same.
 */
// a database of its own: the test changes a registry, which a context shared with others would see
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=scopedreconciliation")
class ScopedReconciliationTest {

    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    SyncRuns runs;
    @Autowired
    ReconcileRuns reconciliations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScopedReconciliationOfASyncFindsWhatTheWholeStoreFinds() throws Exception {
        var first = SimulatedOperator.completed(runs.runNow());
        assertThat(reconciliationMarks()).as("the sync's reconciliation marks what it saw").isPositive();
        assertThat(scopesCompared(latestRun())).as("a first reconciliation compares everything").isNull();
        var before = discrepancies(latestRun());
        SimulatedOperator.removeAnAuthorizedLabelApplied(environment, jdbc);
        // a stated quantity that no longer matches its units, changed where no store notes it
        assertThat(jdbc.update("update itmo_action set quantity = quantity + 7 where id = (select min(id) from itmo_action"
                + " where action_type = 'FIRST_TRANSFER')")).isEqualTo(1);

        var scoped = SimulatedOperator.completed(runs.runNow());
        long scopedRun = latestRun();
        assertThat(scoped.summary().labelsApplied()).isEqualTo(1);
        assertThat(scoped.summary().discrepancies().get("QUANTITY_DRIFT"))
                .isEqualTo(first.summary().discrepancies().get("QUANTITY_DRIFT") + 1);
        assertThat(discrepancies(scopedRun)).isNotEqualTo(before);
        assertThat(scopesCompared(scopedRun)).as("the issuances changed and those with findings, not the store")
                .isPositive().isLessThan(jdbc.queryForObject("select count(distinct issuance_id) from credit_block", Integer.class));

        var full = reconciliations.runNow();
        assertThat(full.completed()).as(String.valueOf(full.failure())).isTrue();
        assertThat(full.reconciliation().newCount()).isZero();
        assertThat(full.reconciliation().resolved()).isZero();
        assertThat(full.reconciliation().scopesCompared()).as("the reconcile job compares everything").isNull();
        assertThat(discrepancies(full.reconciliation().id())).isEqualTo(discrepancies(scopedRun));
    }

    /** Every finding of a run, with all it says, in key order. */
    private List<String> discrepancies(long runId) {
        return jdbc.queryForList("select concat_ws('|', discrepancy_key, type, registry, issuance, unit_start, unit_end, tonnes,"
                + " subject, private_value, national_value) from discrepancy where run_id = ? and change_since <> 'RESOLVED'"
                + " order by discrepancy_key", String.class, runId);
    }

    private Integer scopesCompared(long runId) {
        return jdbc.queryForObject("select scopes_compared from reconciliation_run where id = ?", Integer.class, runId);
    }

    private long latestRun() {
        return jdbc.queryForObject("select max(id) from reconciliation_run", Long.class);
    }

    private long reconciliationMarks() {
        return jdbc.queryForObject("select count(*) from decision_mark where decision = 'reconcile'", Long.class);
    }
}
