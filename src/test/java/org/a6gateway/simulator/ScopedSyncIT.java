package org.a6gateway.simulator;

import static org.a6gateway.simulator.SimulatedOperator.completed;
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
 * A sync after upstream changes decides and reconciles again only what they touch, and
 * leaves nothing a whole decision or reconciliation would find otherwise. A first run decides and
 * reconciles everything; then an operator removes, in the private registry, a label the gateway
 * applied, and a national action changes in the store behind every note's back (its holder, which
 * only the reconciliation reads and only its digest tells). The next run decides the label's
 * project again and applies the label back, and its reconciliation, scoped to what changed, finds
 * the new holder drift. The reconcile job, comparing everything, then finds exactly the same; and a
 * run with every decision's mark forgotten (deciding the whole store again) finds nothing to
 * enqueue and nothing to hold back that the scoped run had not.
 */
// a database of its own: the test changes a registry, which a context shared with others would see
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"a6.simulator.private-registries=one", "a6.test.database=scopedsync"})
class ScopedSyncIT {

    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    SyncRuns runs;
    @Autowired
    ReconcileRuns reconciliations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScopedSyncDecidesAndReconcilesWhatAWholeOneWould() throws Exception {
        var first = completed(runs.runNow());
        assertThat(first.summary().labelsApplied()).isPositive();
        assertThat(marks()).as("every decision and the reconciliation completed once").isEqualTo(6);
        assertThat(scopesCompared(latestRun())).as("a first reconciliation compares everything").isNull();

        SimulatedOperator.removeAnAuthorizedLabelApplied(environment, jdbc);
        assertThat(jdbc.update("update itmo_action set holder_account = 'KVS-elsewhere' where id = (select min(id)"
                + " from itmo_action where action_type = 'FIRST_TRANSFER')")).isEqualTo(1);
        var scoped = completed(runs.runNow());
        long scopedRun = latestRun();

        assertThat(scoped.summary().labelsApplied()).as("the removed label, decided again").isEqualTo(1);
        assertThat(scoped.summary().labelsRemoved()).isZero();
        assertThat(scoped.summary().pendingCommands()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from decision_change"
                + " where id <= (select min(decided_through) from decision_mark)", Long.class))
                .as("changes every decision has passed are deleted (the read-backs after a decision stay for the next)").isZero();
        assertThat(scoped.summary().discrepancies().get("HOLDER_DRIFT"))
                .isEqualTo(first.summary().discrepancies().get("HOLDER_DRIFT") + 1);
        assertThat(scopesCompared(scopedRun)).as("the issuances changed and those with findings, not the store")
                .isPositive().isLessThan(jdbc.queryForObject("select count(distinct issuance_id) from credit_block", Integer.class));

        var reconciled = reconciliations.runNow();
        assertThat(reconciled.completed()).as(String.valueOf(reconciled.failure())).isTrue();
        assertThat(reconciled.reconciliation().scopesCompared()).as("the reconcile job compares everything").isNull();
        assertThat(reconciled.reconciliation().newCount()).isZero();
        assertThat(reconciled.reconciliation().resolved()).isZero();
        assertThat(discrepancies(reconciled.reconciliation().id())).isEqualTo(discrepancies(scopedRun));

        var heldBack = scoped.summary().heldBack();
        jdbc.update("delete from decision_mark");
        var full = completed(runs.runNow());

        assertThat(full.summary().labelsApplied() + full.summary().labelsRemoved()).isZero();
        assertThat(full.summary().itmoIdsMinted()).isZero();
        assertThat(full.summary().itmoReferencesAttached()).isZero();
        assertThat(full.summary().caFlagsApplied()).isZero();
        assertThat(full.summary().pushed()).isZero();
        assertThat(full.summary().heldBack()).isEqualTo(heldBack).isNotEmpty();
        assertThat(marks()).isEqualTo(6);
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

    private long marks() {
        return jdbc.queryForObject("select count(*) from decision_mark", Long.class);
    }
}
