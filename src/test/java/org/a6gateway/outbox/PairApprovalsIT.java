package org.a6gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.a6gateway.itmo.ItmoPairs;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo synced with ITMO pair registrations needing an officer's approval: every pair minted
 * waits and the national registry receives none; one rejected, the others approved, the next
 * sync registers exactly the approved ones; the rejected pair stands for nothing, and neither its
 * identifiers nor its units are minted again. Reopened and approved, the same pair is registered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"a6.test.database=pairapprovals", "a6.approvals.required=ITMO_PAIR"})
class PairApprovalsIT {

    @Autowired
    SyncRuns syncs;
    @Autowired
    Outbox outbox;
    @Autowired
    ItmoPairs pairs;
    @Autowired
    Ledger ledger;

    @Test
    void aRejectedRegistrationIsNeverIssuedAndItsUnitsAreNotMintedAgainUntilItIsReopened() {
        var first = completed(syncs.runNow());
        int minted = first.summary().itmoIdsMinted();
        assertThat(minted).isPositive();
        assertThat(first.summary().awaitingApproval()).isEqualTo(minted);
        assertThat(registrations()).isZero();

        var proposed = outbox.proposed();
        assertThat(proposed).hasSize(minted).allMatch(c -> c.kind().equals(CommandKind.ITMO_PAIR.name()));
        var rejected = proposed.get(0);
        outbox.decide(List.of(rejected.id()), false, "test officer", "not in this year's cap");
        outbox.decide(proposed.subList(1, proposed.size()).stream().map(OutboxView::id).toList(), true, "test officer", null);

        var second = completed(syncs.runNow());

        assertThat(registrations()).isEqualTo(minted - 1);
        assertThat(second.summary().awaitingApproval()).as("the rejected pair's units are not minted again").isZero();
        assertThat(second.summary().itmoIdsMinted()).isZero();
        var standing = pairs.all().stream().map(StoredPair::pair).map(p -> p.itmo().first().toString()).toList();
        var registered = pairs.registered().stream().map(StoredPair::pair).map(p -> p.itmo().first().toString()).toList();
        // the subject reads "ITMO <first>..<last>"
        String rejectedItmo = rejected.subject().substring("ITMO ".length(), rejected.subject().indexOf(".."));
        assertThat(standing).as("every pair but the rejected one stands").hasSize(registered.size() - 1).doesNotContain(rejectedItmo);
        assertThat(registered).as("its identifiers are never minted again").contains(rejectedItmo);

        outbox.reopen(List.of(rejected.id()), "test officer", "the cap was raised");
        assertThat(pairs.all().stream().map(StoredPair::pair).map(p -> p.itmo().first().toString()))
                .as("reopened, the pair stands again").contains(rejectedItmo);
        assertThat(outbox.proposed()).extracting(OutboxView::id).containsExactly(rejected.id());
        outbox.decide(List.of(rejected.id()), true, "test officer", "within the raised cap");

        var third = completed(syncs.runNow());
        assertThat(registrations()).as("the same pair registered, under its identifiers").isEqualTo(minted);
        assertThat(third.summary().awaitingApproval()).isZero();
        assertThat(third.summary().itmoIdsMinted()).isZero();
    }

    private long registrations() {
        return ledger.after(0, 100_000).stream().filter(e -> e.kind().equals(Operations.REGISTER_PAIR)).count();
    }

    private static SyncRun completed(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        return run;
    }
}
