package org.a6gateway.itmo;

import static org.a6gateway.itmo.ItmoDecisionsTest.authorization;
import static org.a6gateway.itmo.ItmoDecisionsTest.block;
import static org.a6gateway.itmo.ItmoDecisionsTest.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** The "correspondingly adjusted" label goes only where invariants 2 and 3 hold; every other unit is held back with its reason. */
class AdjustmentDecisionsTest {

    private final AdjustmentDecisions decisions = new AdjustmentDecisions(p -> LabelVocabulary.VERRA);
    private final AuthorizationRecord active = authorization(FirstTransferDefinition.ISSUANCE, null);

    private static ItmoPair pair(long start, long end) {
        return ItmoPair.mint("CA9901", "KOR01", "KOR", 2024, "KVS", "1001", SerialRange.of(start, end));
    }

    private static CorrespondingAdjustment report(String party, long start, long end) {
        var itmo = pair(start, end).itmo();
        return new CorrespondingAdjustment("BTR-1", party, 2026, LocalDate.of(2026, 10, 1), itmo.first().toString(),
                itmo.last().toString(), end - start + 1);
    }

    private AdjustmentDecisions.Decisions decide(CorrespondingAdjustment report, List<StoredPair> pairs,
                                                 AuthorizationRecord authorization, List<BlockRecord> blocks) {
        return decisions.decide(report, PairsBySeries.of(pairs), Map.of(authorization.authorizationId(), authorization), a -> blocks);
    }

    @Test
    void confirmedAuthorizedReportedUnitsGetTheLabelOnExactlyTheirSerials() {
        var pairs = List.of(new StoredPair(pair(1, 5000), "KOR-KVS-S1", true));

        var decided = decide(report("KOR", 1001, 2000), pairs, active, List.of(labelled(1, 5000)));

        assertThat(decided.heldBack()).isEmpty();
        assertThat(decided.labels()).containsExactly(new LabelCommand(LabelCommand.Action.APPLY,
                LabelCode.A6_CORRESPONDINGLY_ADJUSTED, "Article 6 Correspondingly Adjusted", "KVS", "1001",
                SerialRange.of(1001, 2000), "KOR-KVS-S1", 1));
    }

    @Test
    void itmosWithoutAPairAreHeldBackAndThePairedOnesStillLabelled() {
        var pairs = List.of(new StoredPair(pair(5001, 6000), "KOR-KVS-S1", true));

        var decided = decide(report("KOR", 5001, 8000), pairs, active, List.of(labelled(5001, 8000)));

        assertThat(decided.labels()).extracting(LabelCommand::range).containsExactly(SerialRange.of(5001, 6000));
        assertThat(decided.heldBack()).singleElement().satisfies(h -> {
            assertThat(h.reason()).isEqualTo(HeldBackReason.NO_ITMO_PAIR);
            assertThat(h.detail()).isEqualTo("no ITMO pair for CA9901-KOR01-KOR-70000001001000000006001-2024.."
                    + "CA9901-KOR01-KOR-70000001001000000008000-2024");
        });
    }

    @Test
    void eachBrokenConditionHoldsTheLabelBack() {
        var confirmed = List.of(new StoredPair(pair(1, 100), "KOR-KVS-S1", true));
        var revoked = new AuthorizationRecord(active.sourceRegistry(), active.authorizationId(), 2, AuthorizationStatus.REVOKED,
                "KOR", active.date(), 2025, "CA9901", false, null, "GHG", null, null, active.purposes(), null,
                active.firstTransferDefinition(), null, null, null, null, null, null, null, null, null, null, null, null,
                active.coveredActivities(), true);
        var unlabelled = block(1, 100, "1", BlockStatus.ISSUED, null, false);

        assertThat(reasons(decide(report("KOR", 1, 100), List.of(new StoredPair(pair(1, 100), "KOR-KVS-S1", false)),
                active, List.of(labelled(1, 100))))).containsExactly(HeldBackReason.NOT_FIRST_TRANSFERRED);
        assertThat(reasons(decide(report("KOR", 1, 100), confirmed, revoked, List.of(labelled(1, 100)))))
                .containsExactly(HeldBackReason.NOT_AUTHORIZED);
        assertThat(reasons(decide(report("KOR", 1, 100), confirmed, active, List.of(unlabelled))))
                .containsExactly(HeldBackReason.NOT_AUTHORIZED);
        assertThat(reasons(decide(report("CHE", 1, 100), confirmed, active, List.of(labelled(1, 100)))))
                .containsExactly(HeldBackReason.PARTY_MISMATCH);
        assertThat(reasons(decide(report("KOR", 1, 100), confirmed, active, List.of(labelled(1, 50)))))
                .containsExactly(HeldBackReason.UNITS_NOT_HELD);
        assertThat(reasons(decide(report("KOR", 1, 100), confirmed, authorization(FirstTransferDefinition.ISSUANCE, 60L),
                List.of(labelled(1, 100))))).containsExactly(HeldBackReason.LABELS_UNSETTLED);
    }

    @Test
    void aReportThatIsNotOneItmoBlockIsHeldBackAsInvalid() {
        var wrongQuantity = new CorrespondingAdjustment("BTR-2", "KOR", 2026, null, pair(1, 10).itmo().first().toString(),
                pair(1, 10).itmo().last().toString(), 11);
        var notAnId = new CorrespondingAdjustment("BTR-3", "KOR", 2026, null, "KVS-1", "KVS-10", 10);

        assertThat(reasons(decide(wrongQuantity, List.of(), active, List.of()))).containsExactly(HeldBackReason.INVALID_REPORT);
        assertThat(reasons(decide(notAnId, List.of(), active, List.of()))).containsExactly(HeldBackReason.INVALID_REPORT);
    }

    @Test
    void unitsAlreadyAdjustedGiveNoCommand() {
        var adjusted = new ArrayList<>(labelled(1, 100).labels());
        adjusted.add(new BlockLabel(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name(), "Article 6 Correspondingly Adjusted", "KOR-KVS-S1"));
        var block = labelled(1, 100);
        var done = new BlockRecord(block.sourceRegistry(), block.blockId(), 2, block.serial(), block.program(), block.unitType(),
                block.projectId(), null, block.hostCountry(), block.vintageYear(), block.vintageStart(), block.vintageEnd(),
                block.issuanceId(), block.issuanceDate(), 1, 100, block.unitSize(), block.status(), block.holderAccount(), null,
                adjusted, null);

        var decided = decide(report("KOR", 1, 100), List.of(new StoredPair(pair(1, 100), "KOR-KVS-S1", true)), active, List.of(done));

        assertThat(decided.labels()).isEmpty();
        assertThat(decided.heldBack()).isEmpty();
    }

    private static List<HeldBackReason> reasons(AdjustmentDecisions.Decisions decided) {
        assertThat(decided.labels()).isEmpty();
        return decided.heldBack().stream().map(HeldBack::reason).toList();
    }
}
