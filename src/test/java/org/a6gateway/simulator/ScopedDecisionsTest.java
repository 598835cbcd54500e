package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sync after upstream changes decides again only what they touch (issue 9), and leaves nothing a
 * full decision would still do. A first run decides everything; then an operator removes, in the
 * private registry, a label the gateway applied; the next run sees that block's change, decides its
 * project's authorizations again and applies the label back; a run with every decision's mark
 * forgotten (so deciding the whole store again) then finds nothing to enqueue and nothing to hold
 * back that the scoped run had not.
 */
// a database of its own: the test changes a registry, which a context shared with others would see
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=scopeddecisions")
class ScopedDecisionsTest {

    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    SyncRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLabelRemovedUpstreamIsAppliedAgainByTheScopedRunAndAFullDecisionThenFindsNothingLeft() throws Exception {
        assertThat(SimulatedOperator.completed(runs.runNow()).summary().labelsApplied()).isPositive();
        assertThat(marks()).as("every decision and the reconciliation completed once").isEqualTo(5);

        SimulatedOperator.removeAnAuthorizedLabelApplied(environment, jdbc);
        var scoped = SimulatedOperator.completed(runs.runNow());

        assertThat(scoped.summary().labelsApplied()).as("the removed label, decided again").isEqualTo(1);
        assertThat(scoped.summary().labelsRemoved()).isZero();
        assertThat(scoped.summary().pendingCommands()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from decision_change"
                + " where id <= (select min(decided_through) from decision_mark)", Long.class))
                .as("changes every decision has passed are deleted (the read-backs after a decision stay for the next)").isZero();
        var heldBack = scoped.summary().heldBack();

        jdbc.update("delete from decision_mark");
        var full = SimulatedOperator.completed(runs.runNow());

        assertThat(full.summary().labelsApplied() + full.summary().labelsRemoved()).isZero();
        assertThat(full.summary().itmoIdsMinted()).isZero();
        assertThat(full.summary().itmoReferencesAttached()).isZero();
        assertThat(full.summary().caFlagsApplied()).isZero();
        assertThat(full.summary().pushed()).isZero();
        assertThat(full.summary().heldBack()).isEqualTo(heldBack).isNotEmpty();
        assertThat(marks()).isEqualTo(5);
    }

    private long marks() {
        return jdbc.queryForObject("select count(*) from decision_mark", Long.class);
    }
}
