package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Purpose;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.nationalrecords.NationalTables;
import org.a6gateway.nationalrecords.PairConfirmations;
import org.a6gateway.nationalrecords.Withdrawal;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The national side read whole, as the steps read it inside their own read-write transactions
 * (each test here is one): every field as stored, nothing left for that transaction to
 * dirty-check, what it stored before the read included and nothing it writes afterwards lost.
 */
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ItmoPairs.class, ItmoWithdrawals.class, NationalRecords.class, NationalTables.class, PairTable.class, DecisionChanges.class,
        AuthorizationStore.class})
class NationalSideReadsTest {

    @Autowired
    ItmoPairs pairs;
    @Autowired
    ItmoWithdrawals withdrawals;
    @Autowired
    NationalRecords national;
    @Autowired
    EntityManager entityManager;
    @Autowired
    AuthorizationStore authorizations;

    private static PairConfirmations.RegisteredPair registered(long start) {
        return new PairConfirmations.RegisteredPair(ItmoPair.mint("CA0043", "KOR01", "KOR", 2026, "KVS", "100001",
                SerialRange.ofQuantity(start, 10)), "AUTH-KOR");
    }

    private static ItmoAction firstTransfer(String id, ItmoPair pair) {
        return new ItmoAction(id, ItmoAction.FIRST_TRANSFER, LocalDate.of(2026, 3, 1), "AUTH-KOR", "KVS", "100001",
                pair.units(), pair.itmo().first().toString(), pair.itmo().last().toString(), 10, false, "acct-1");
    }

    private static CorrespondingAdjustment adjustment(String id, ItmoPair pair) {
        return new CorrespondingAdjustment(id, "KOR", 2026, LocalDate.of(2026, 12, 31), pair.itmo().first().toString(),
                pair.itmo().last().toString(), 10);
    }

    /**
     * Every decision step reads the authorizations whole: their covered projects come a hundred
     * authorizations a statement, not one statement each (25,000 authorizations, twice a sync,
     * were 50,000 round trips).
     */
    @Test
    void theAuthorizationsAreReadWholeInAFewStatementsWithEveryCoveredProject() {
        int count = 450;
        var stored = IntStream.range(0, count).mapToObj(NationalSideReadsTest::authorization).toList();
        authorizations.store("national-registry", stored);
        entityManager.flush();
        entityManager.clear();
        var statistics = entityManager.unwrap(Session.class).getSessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        var read = authorizations.all();

        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        assertThat(read).extracting(AuthorizationRecord::coveredActivities)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(AuthorizationRecord::coveredActivities).toList());
        assertThat(statements).as("statements for %d authorizations", count).isLessThanOrEqualTo(1 + 1 + count / 100 + 1);
    }

    private static AuthorizationRecord authorization(int i) {
        return new AuthorizationRecord("national-registry", "KOR-" + i, 1, AuthorizationStatus.ACTIVE, "KOR",
                LocalDate.of(2025, 1, 15), 2025, "CA0043", true, null, "GHG", null, null, Set.of(Purpose.NDC), null,
                FirstTransferDefinition.ISSUANCE, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(new CoveredActivity("KVS", "P-" + i, "KR"),
                new CoveredActivity("KVS", "Q-" + i, "KR")), false);
    }

    @Test
    void theRecordsReadWholeAreTheRecordsStoredAndLeaveNoEntityInTheTransaction() {
        var pair = registered(1);
        var synthetic = new ItmoAction("S-2", "TRANSFER", LocalDate.of(2026, 4, 2), "AUTH-KOR", "KVS", "100001",
                pair.pair().units(), null, null, 10, true, null);
        pairs.confirmAll(List.of(pair, registered(11)));
        national.storeActions("itmo-registry", List.of(firstTransfer("T-1", pair.pair()), synthetic));
        national.storeAdjustments("itmo-registry", List.of(new NationalRecords.ReportedAdjustment(adjustment("CA-1", pair.pair()), false)));
        entityManager.flush();
        entityManager.clear();

        assertThat(pairs.all()).containsExactly(new StoredPair(pair.pair(), "AUTH-KOR", true),
                new StoredPair(registered(11).pair(), "AUTH-KOR", true));
        assertThat(national.actions()).containsExactly(firstTransfer("T-1", pair.pair()), synthetic);
        assertThat(national.firstTransfers()).containsExactly(firstTransfer("T-1", pair.pair()).asFirstTransfer());
        assertThat(national.adjustments()).containsExactly(adjustment("CA-1", pair.pair()));
        assertThat(entityManager.unwrap(Session.class).getStatistics().getEntityCount()).isZero();
    }

    @Test
    void whatTheTransactionStoredBeforeTheReadIsRead() {
        var pair = registered(1);
        pairs.minted(List.of(new MintedPair(pair.pair(), "AUTH-KOR", 1, "B-1",
                FirstTransfer.on(LocalDate.of(2026, 3, 1), 2026, "ITMO_REGISTRY"))), null);
        assertThat(pairs.all()).extracting(StoredPair::confirmed).containsExactly(false);

        pairs.confirmAll(List.of(pair));
        national.storeActions("itmo-registry", List.of(firstTransfer("T-1", pair.pair())));
        national.storeAdjustments("itmo-registry", List.of(new NationalRecords.ReportedAdjustment(adjustment("CA-1", pair.pair()), false)));

        assertThat(pairs.all()).extracting(StoredPair::confirmed).containsExactly(true);
        assertThat(national.firstTransfers()).extracting(FirstTransferAction::actionId).containsExactly("T-1");
        assertThat(national.adjustments()).extracting(CorrespondingAdjustment::adjustmentId).containsExactly("CA-1");
    }

    @Test
    void aConfirmationWrittenAfterTheReadInTheSameTransactionIsKept() {
        var pair = registered(1);
        pairs.minted(List.of(new MintedPair(pair.pair(), "AUTH-KOR", 1, "B-1",
                FirstTransfer.on(LocalDate.of(2026, 3, 1), 2026, "ITMO_REGISTRY"))), null);
        entityManager.flush();
        entityManager.clear();
        assertThat(pairs.all()).extracting(StoredPair::confirmed).containsExactly(false);

        assertThat(pairs.confirmAll(List.of(pair))).isEqualTo(1);
        entityManager.flush();
        entityManager.clear();

        assertThat(pairs.all()).extracting(StoredPair::confirmed).containsExactly(true);
    }

    @Test
    void aWithdrawalIsKeptOnceAndWhatStandsOfItsPairIsTheRest() {
        var pair = registered(1);
        pairs.confirmAll(List.of(pair));
        var part = pair.pair().part(SerialRange.of(4, 6));
        var recorded = new ItmoWithdrawals.Recorded(new Withdrawal(part, "AUTH-KOR",
                "units 4-6 revoked at the registry, block KVS-100001-4 version 2"), LocalDate.of(2026, 11, 2));

        assertThat(withdrawals.recordAll(List.of(recorded, recorded))).isEqualTo(1);
        assertThat(withdrawals.recordAll(List.of(recorded))).isZero();

        assertThat(withdrawals.all()).containsExactly(recorded.withdrawal());
        assertThat(pairs.all()).extracting(p -> p.pair().units()).containsExactly(SerialRange.of(1, 3), SerialRange.of(7, 10));
        assertThat(pairs.registered()).extracting(p -> p.pair().units()).containsExactly(SerialRange.of(1, 10));
        assertThat(pairs.withdrawn()).containsExactly(new StoredPair(part, "AUTH-KOR", true));
    }
}
