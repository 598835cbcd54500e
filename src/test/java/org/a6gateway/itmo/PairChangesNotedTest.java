package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.nationalrecords.NationalTables;
import org.a6gateway.nationalrecords.PairConfirmations.RegisteredPair;
import org.a6gateway.outbox.ItmoCommands.PairRegistration;
import org.a6gateway.outbox.PairRegistrationRejected;
import org.a6gateway.outbox.PairRegistrationReopened;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The decisions reading pairs (references, reversals, adjustments) decide nothing when nothing
 * they read changed, so every change of a pair notes its authorization: minted by the gateway,
 * rejected or reopened by an officer, confirmed or found on the national registry (withdrawals are
 * noted by their feed); a pair seen again unchanged notes nothing.
 */
// the context of NationalSideReadsTest, shared
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ItmoPairs.class, ItmoWithdrawals.class, NationalRecords.class, NationalTables.class, PairTable.class, DecisionChanges.class,
        AuthorizationStore.class})
class PairChangesNotedTest {

    private static final ItmoPair PAIR = ItmoPair.mint("CA0043", "KOR01", "KOR", 2026, "KVS", "100001",
            SerialRange.ofQuantity(1, 10));
    private static final PairRegistration REGISTRATION = new PairRegistration(PAIR.itmo().first().toString(),
            PAIR.itmo().last().toString(), "KVS", "100001", 1, 10, 10, null, "AUTH-KOR");

    @Autowired
    ItmoPairs pairs;
    @Autowired
    DecisionChanges changes;

    @BeforeEach
    void theAdjustmentsCompletedOnce() {
        changes.decided(changes.scope(DecisionChanges.ADJUSTMENTS));
    }

    @Test
    void aPairMintedRejectedOrReopenedGivesTheDecisionsItsAuthorizationToDecideAgain() {
        pairs.minted(List.of(new MintedPair(PAIR, "AUTH-KOR", 1, "B-1",
                FirstTransfer.on(LocalDate.of(2026, 3, 1), 2026, "ITMO_REGISTRY"))), null);
        assertNotedOnceThenDecided();

        pairs.rejected(new PairRegistrationRejected(REGISTRATION));
        assertNotedOnceThenDecided();

        pairs.reopened(new PairRegistrationReopened(REGISTRATION));
        assertNotedOnceThenDecided();

        pairs.confirmAll(List.of(new RegisteredPair(PAIR, "AUTH-KOR")));
        assertNotedOnceThenDecided();
    }

    /** A pair the gateway never minted, found on the national registry, is a change; one confirmed again is none. */
    @Test
    void aPairFoundOnTheNationalRegistryIsNotedAndOneSeenAgainIsNot() {
        var found = ItmoPair.mint("CA0043", "KOR01", "KOR", 2026, "KVS", "100002", SerialRange.ofQuantity(501, 20));
        pairs.confirmAll(List.of(new RegisteredPair(found, "AUTH-KOR")));
        assertNotedOnceThenDecided();

        pairs.confirmAll(List.of(new RegisteredPair(found, "AUTH-KOR")));

        assertThat(changes.scope(DecisionChanges.ADJUSTMENTS).nothingToDecide()).isTrue();
    }

    private void assertNotedOnceThenDecided() {
        var scope = changes.scope(DecisionChanges.ADJUSTMENTS);
        assertThat(scope.nothingToDecide()).isFalse();
        assertThat(scope.authorizations()).containsExactly("AUTH-KOR");
        changes.decided(scope);
        assertThat(changes.scope(DecisionChanges.ADJUSTMENTS).nothingToDecide()).isTrue();
    }
}
