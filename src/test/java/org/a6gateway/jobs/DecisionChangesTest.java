package org.a6gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.a6gateway.jobs.DecisionChanges.ChangedProject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each decision sees the changes since it last completed, whatever the others did; none is lost. */
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(DecisionChanges.class)
class DecisionChangesTest {

    static final ChangedProject P1 = new ChangedProject("VCS", "1234", "KE");
    static final ChangedProject P2 = new ChangedProject("GS", "GS5678", "MG");

    @Autowired
    DecisionChanges changes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDecisionNeverCompletedDecidesEverythingThenOnlyWhatChangedSinceItsOwnMark() {
        changes.projectsChanged(List.of(P1, P1));
        assertThat(changes.scope(DecisionChanges.LABELS).everything()).isTrue();
        changes.decided(changes.scope(DecisionChanges.LABELS));

        changes.projectsChanged(List.of(P2));
        changes.authorizationsChanged(Arrays.asList("MDG-VCS-2794", null));
        changes.adjustmentsChanged(List.of("CA-1"));
        var labels = changes.scope(DecisionChanges.LABELS);

        assertThat(labels.everything()).isFalse();
        assertThat(labels.projects()).containsExactly(P2);
        assertThat(labels.authorizations()).containsExactly("MDG-VCS-2794");
        assertThat(labels.adjustments()).containsExactly("CA-1");
        assertThat(changes.scope(DecisionChanges.MINTING).everything()).as("minting never completed").isTrue();

        changes.decided(labels);
        var after = changes.scope(DecisionChanges.LABELS);
        assertThat(after.everything()).isFalse();
        assertThat(after.projects()).isEmpty();
        assertThat(after.authorizations()).isEmpty();
        assertThat(after.through()).isEqualTo(labels.through());
    }

    @Test
    void aChangeNotedWhileADecisionRunsIsLeftForItsNextRunAndRowsGoOnlyWhenEveryDecisionPassedThem() {
        DecisionChanges.DECISIONS.forEach(d -> changes.decided(changes.scope(d)));
        changes.projectsChanged(List.of(P1));
        var labels = changes.scope(DecisionChanges.LABELS);
        changes.projectsChanged(List.of(P2)); // a read-back after the scope was taken
        changes.decided(labels);

        assertThat(changes.scope(DecisionChanges.LABELS).projects()).containsExactly(P2);
        assertThat(rows()).as("the other decisions have not passed P1").isEqualTo(2);

        DecisionChanges.DECISIONS.stream().filter(d -> !d.equals(DecisionChanges.LABELS))
                .forEach(d -> changes.decided(changes.scope(d)));

        assertThat(rows()).as("every decision passed P1; labels has not passed P2").isEqualTo(1);
        assertThat(changes.scope(DecisionChanges.LABELS).projects()).containsExactly(P2);
        changes.decided(changes.scope(DecisionChanges.LABELS));
        assertThat(rows()).isZero();
    }

    /**
     * A decision's inputs are the projects' blocks, the authorizations and the national records
     * naming them, the pairs and the adjustments: a change of holder alone, noted for the
     * reconciliation, leaves every decision nothing to decide; anything else leaves it something.
     */
    @Test
    void onlyAChangeADecisionReadsGivesItSomethingToDecide() {
        assertThat(changes.scope(DecisionChanges.MINTING).nothingToDecide()).as("never completed: everything").isFalse();
        DecisionChanges.DECISIONS.forEach(d -> changes.decided(changes.scope(d)));
        assertThat(changes.scope(DecisionChanges.MINTING).nothingToDecide()).isTrue();

        changes.issuancesChanged(List.of(new DecisionChanges.ChangedIssuance("VCS", "1234-2021")));
        assertThat(changes.scope(DecisionChanges.MINTING).nothingToDecide()).as("a transfer").isTrue();
        assertThat(changes.scope(DecisionChanges.RECONCILIATION).issuances()).hasSize(1);

        for (Runnable change : List.<Runnable>of(() -> changes.projectsChanged(List.of(P1)),
                () -> changes.authorizationsChanged(List.of("MDG-VCS-2794")), () -> changes.adjustmentsChanged(List.of("CA-1")))) {
            change.run();
            assertThat(changes.scope(DecisionChanges.MINTING).nothingToDecide()).isFalse();
            changes.decided(changes.scope(DecisionChanges.MINTING));
            assertThat(changes.scope(DecisionChanges.MINTING).nothingToDecide()).isTrue();
        }
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from decision_change", Long.class);
    }
}
