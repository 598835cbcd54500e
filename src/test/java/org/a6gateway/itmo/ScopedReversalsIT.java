package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a first sync, the reversals read only what changed: units the registry revokes later (the
 * demo's S218, units 1-1000, stored as the ingest stores a revoked block and noted as its project's
 * change) are withdrawn and lose their reference at the next decision, once; with nothing changed,
 * nothing is decided again.
 */
// a database of its own: the test changes the store behind the registries' back
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=scopedreversals")
class ScopedReversalsIT {

    @Autowired
    SyncRuns runs;
    @Autowired
    ItmoReversals reversals;
    @Autowired
    DecisionChanges changes;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unitsRevokedAfterASyncAreWithdrawnAtTheNextDecisionAndOnlyOnce() {
        var first = runs.runNow();
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo("COMPLETED");
        assertThat(reversals.reverse(null)).isEqualTo(new ItmoReversals.Reversals(0, 0));

        assertThat(jdbc.update("update credit_block set status = 'REVOKED', source_version = source_version + 1"
                + " where program = 'KVS' and issuance_id = '2019' and block_start = 1")).isEqualTo(1);
        tx.executeWithoutResult(s -> changes.projectsChanged(List.of(new DecisionChanges.ChangedProject("KVS", "S218", "KR"))));

        assertThat(reversals.reverse(null)).isEqualTo(new ItmoReversals.Reversals(1, 1));
        assertThat(jdbc.queryForList("select cause from outbox_command where operation in ('withdrawItmoPair', 'removeItmoReference')"
                + " and status = 'PENDING'", String.class)).hasSize(2)
                .allSatisfy(cause -> assertThat(cause).startsWith("units 1-1000 revoked at the registry, block KVS-2019-1 version "));
        assertThat(reversals.reverse(null)).isEqualTo(new ItmoReversals.Reversals(0, 0));
    }
}
