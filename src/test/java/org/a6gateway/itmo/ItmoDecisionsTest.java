package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** Which units get ITMO identifiers, per first-transfer definition, and what is held back and why. */
class ItmoDecisionsTest {

    private final ItmoDecisions decisions = new ItmoDecisions(new ItmoMinting("01"), p -> LabelVocabulary.VERRA);

    static AuthorizationRecord authorization(FirstTransferDefinition definition, Long cap) {
        return new AuthorizationRecord("national-registry", "KOR-KVS-S1", 1, AuthorizationStatus.ACTIVE, "KOR",
                LocalDate.of(2025, 6, 1), 2025, "CA9901", false, cap, "GHG", null, null, Set.of(Purpose.OIMP), null,
                definition, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(new CoveredActivity("KVS", "S1", "KR")), true);
    }

    static BlockRecord block(long start, long end, String unitSize, BlockStatus status, BlockRecord.Retirement retirement,
                             boolean labelled) {
        var labels = labelled ? List.of(new BlockLabel(LabelCode.A6_AUTHORIZED_IMP.name(),
                LabelVocabulary.VERRA.text(LabelCode.A6_AUTHORIZED_IMP), "KOR-KVS-S1")) : List.<BlockLabel>of();
        return new BlockRecord("vcm-registry", "KVS-1001-" + start, 1, "KVS-CRA-KR-S1-2024-1001-" + start + "-" + end,
                "KVS", "CRA", "S1", null, "KR", 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "1001",
                LocalDate.of(2025, 3, 10), start, end, new BigDecimal(unitSize), status, "holder", retirement, labels, null);
    }

    static BlockRecord labelled(long start, long end) {
        return block(start, end, "1", BlockStatus.ISSUED, null, true);
    }

    private ItmoDecisions.Decisions decide(AuthorizationRecord authorization, List<BlockRecord> blocks,
                                           List<FirstTransferAction> actions, List<ItmoPair> paired) {
        return decisions.decide(authorization, blocks, actions, PairedUnits.of(paired));
    }

    @Test
    void authorisationAndIssuanceMintTheWholeLabelledBlockWithItsSerialEmbedded() {
        for (var definition : List.of(FirstTransferDefinition.AUTHORISATION, FirstTransferDefinition.ISSUANCE)) {
            var minted = decide(authorization(definition, null), List.of(labelled(1, 5000)), List.of(), List.of());

            assertThat(minted.heldBack()).isEmpty();
            assertThat(minted.minted()).singleElement().satisfies(m -> {
                assertThat(m.pair().itmo().first()).hasToString("CA9901-KOR01-KOR-70000001001000000000001-2024");
                assertThat(m.pair().itmo().last()).hasToString("CA9901-KOR01-KOR-70000001001000000005000-2024");
                assertThat(m.blockId()).isEqualTo("KVS-1001-1");
            });
        }
    }

    @Test
    void unlabelledUnitsAreNotConsidered() {
        var unlabelled = block(1, 100, "1", BlockStatus.ISSUED, null, false);

        var decided = decide(authorization(FirstTransferDefinition.ISSUANCE, null), List.of(unlabelled), List.of(), List.of());

        assertThat(decided.minted()).isEmpty();
        assertThat(decided.heldBack()).isEmpty();
    }

    @Test
    void firstInternationalTransferMintsExactlyTheUnitsTheActionsNameAndHoldsBackTheRest() {
        var actions = List.of(
                new FirstTransferAction("FT-1", "KOR-KVS-S1", "KVS", "1001", SerialRange.of(5001, 5600), LocalDate.of(2026, 7, 1)),
                new FirstTransferAction("FT-2", "KOR-KVS-S1", "KVS", null, SerialRange.of(5500, 6000), LocalDate.of(2026, 7, 15)),
                new FirstTransferAction("FT-3", "OTHER", "KVS", "1001", SerialRange.of(7000, 7100), LocalDate.of(2026, 7, 15)));

        var decided = decide(authorization(FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER, null),
                List.of(labelled(5001, 8000)), actions, List.of());

        assertThat(decided.minted()).singleElement().satisfies(m -> {
            assertThat(m.pair().units()).isEqualTo(SerialRange.of(5001, 6000));
            assertThat(m.firstTransfer().date()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
        assertThat(decided.heldBack()).singleElement().satisfies(h -> {
            assertThat(h.reason()).isEqualTo(HeldBackReason.NO_FIRST_INTERNATIONAL_TRANSFER);
            assertThat(h.subject()).isEqualTo("KVS 1001 6001-8000");
        });
    }

    @Test
    void useOrCancellationMintsOnAnAuthorizedUseAndNeverOnAVoluntaryClaim() {
        var corsia = block(1, 1000, "1", BlockStatus.RETIRED,
                new BlockRecord.Retirement(LocalDate.of(2026, 2, 1), "CORSIA offsetting", "Airline"), true);
        var voluntary = block(1001, 1800, "1", BlockStatus.RETIRED,
                new BlockRecord.Retirement(LocalDate.of(2026, 3, 12), "Voluntary claim", "Company"), true);
        var issued = labelled(1801, 1900);

        var decided = decide(authorization(FirstTransferDefinition.USE_OR_CANCELLATION, null),
                List.of(corsia, voluntary, issued), List.of(), List.of());

        assertThat(decided.minted()).extracting(m -> m.pair().units()).containsExactly(SerialRange.of(1, 1000));
        assertThat(decided.heldBack()).extracting(HeldBack::reason)
                .containsExactly(HeldBackReason.VOLUNTARY_CLAIM, HeldBackReason.NOT_YET_USED);
    }

    @Test
    void aVoluntaryClaimIsHeldBackWhateverTheDefinition() {
        var voluntary = block(1, 10, "1", BlockStatus.RETIRED,
                new BlockRecord.Retirement(LocalDate.of(2026, 3, 12), "voluntary offsetting claim", "Company"), true);

        var decided = decide(authorization(FirstTransferDefinition.AUTHORISATION, null), List.of(voluntary), List.of(), List.of());

        assertThat(decided.minted()).isEmpty();
        assertThat(decided.heldBack()).extracting(HeldBack::reason).containsExactly(HeldBackReason.VOLUNTARY_CLAIM);
    }

    @Test
    void kilogramMicroCreditsAreHeldBackForWantOfADeclaredConversion() {
        var mcc = block(1, 750_000, "0.001", BlockStatus.ISSUED, null, true);

        var decided = decide(authorization(FirstTransferDefinition.ISSUANCE, null), List.of(mcc), List.of(), List.of());

        assertThat(decided.minted()).isEmpty();
        assertThat(decided.heldBack()).extracting(HeldBack::reason).containsExactly(HeldBackReason.UNIT_NOT_ONE_TONNE);
    }

    @Test
    void unitsAlreadyPairedAreNeverMintedAgain() {
        var earlier = ItmoPair.mint("CA9901", "KOR01", "KOR", 2024, "KVS", "1001", SerialRange.of(1, 400));

        var decided = decide(authorization(FirstTransferDefinition.ISSUANCE, null), List.of(labelled(1, 1000)), List.of(),
                List.of(earlier));

        assertThat(decided.minted()).extracting(m -> m.pair().units()).containsExactly(SerialRange.of(401, 1000));
    }

    @Test
    void unitsWhoseLabelsAreStillToChangeWaitForTheRegistry() {
        var capped = authorization(FirstTransferDefinition.AUTHORISATION, 500L);

        var decided = decide(capped, List.of(labelled(1, 1000)), List.of(), List.of());

        assertThat(decided.minted()).isEmpty();
        assertThat(decided.heldBack()).extracting(HeldBack::reason).containsExactly(HeldBackReason.LABELS_UNSETTLED);
    }

    @Test
    void anAuthorizationWithoutACooperativeApproachMintsNothing() {
        var base = authorization(FirstTransferDefinition.ISSUANCE, null);
        var noApproach = new AuthorizationRecord(base.sourceRegistry(), base.authorizationId(), 1, base.status(), "KOR",
                base.date(), 2025, null, false, null, "GHG", null, null, base.purposes(), null, base.firstTransferDefinition(),
                null, null, null, null, null, null, null, null, null, null, null, null, base.coveredActivities(), true);

        var decided = decide(noApproach, List.of(labelled(1, 10)), List.of(), List.of());

        assertThat(decided.heldBack()).extracting(HeldBack::reason).containsExactly(HeldBackReason.NO_COOPERATIVE_APPROACH);
    }
}
