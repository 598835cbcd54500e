package org.a6gateway.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.itmo.HeldBack;
import org.a6gateway.itmo.HeldBackReason;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.reconciliation.Discrepancy;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/**
 * One made-up Party (Norway), one Gold Standard project, an authorization first transferred at
 * authorization: each rule of the generated-registry properties shown once, on numbers one can
 * follow by hand.
 */
class ForeignRegistryExamplesTest {

    private static final String LOA = "NOR-LOA-1/2025";

    @Test
    void aCorsiaLabelTheRegistryAppliedUnderAnNdcOnlyAuthorizationHoldsItsUnitsBack() {
        var corsia = new BlockLabel("CORSIA_ELIGIBLE", "Eligible for CORSIA", null);
        var world = ForeignWorld.synced(registry(authorization(EnumSet.of(Purpose.NDC)),
                List.of(block("101", 1, 1000, 2023, List.of(corsia)), block("102", 1, 500, 2023, List.of()))));

        assertThat(world.minted).extracting(p -> p.pair().issuance()).containsExactly("102");
        assertThat(world.heldBack).anyMatch(h -> h.subject().equals("GS 101 1-1000") && h.reason() == HeldBackReason.LABEL_OUTSIDE_PURPOSES);
        assertThat(world.reconcile()).anyMatch(d -> d.type() == DiscrepancyType.LABEL_OUTSIDE_PURPOSES && d.issuance().equals("101"));
    }

    @Test
    void aBlockWithAVintageYearOnlyMustFitTheWholeYearAndOneWithNoVintageIsNeverLabelled() {
        var authorization = with(authorization(EnumSet.of(Purpose.NDC)), LocalDate.of(2023, 7, 1));
        var world = ForeignWorld.synced(registry(authorization, List.of(block("101", 1, 100, 2023, List.of()),
                block("102", 1, 100, 2024, List.of()), block("103", 1, 100, null, List.of()))));

        assertThat(world.labelled).extracting(c -> c.issuanceId()).containsExactly("102");
        assertThat(world.minted).extracting(p -> p.pair().issuance()).containsExactly("102");
    }

    @Test
    void aRetirementWithABeneficiaryAndNoUseIsAClaimAndItsFirstTransferADoubleClaim() {
        var retired = retired(block("101", 1, 1000, 2023, List.of()), new BlockRecord.Retirement(LocalDate.of(2025, 3, 1),
                null, "ACME Airlines"));
        var forCorsia = retired(block("102", 1, 1000, 2023, List.of()), new BlockRecord.Retirement(LocalDate.of(2025, 3, 1),
                "as instructed", "ACME Airlines", RetirementUse.CORSIA));
        var transfer = new ItmoAction("FT-1", ItmoAction.FIRST_TRANSFER, LocalDate.of(2026, 1, 5), LOA, "GS", "101",
                SerialRange.of(1, 1000), "CA0777-NOR01-NOR-20000000101000000000001-2023",
                "CA0777-NOR01-NOR-20000000101000000001000-2023", 1000, false, null);
        var world = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization(EnumSet.of(Purpose.OIMP))),
                List.of(retired, forCorsia), List.of(transfer), List.of(), List.of(), Map.of(), Map.of()));

        assertThat(world.minted).extracting(p -> p.pair().issuance()).containsExactly("102");
        assertThat(world.reconcile()).filteredOn(d -> d.type() == DiscrepancyType.DOUBLE_CLAIM)
                .extracting(Discrepancy::units).containsExactly(SerialRange.of(1, 1000));
    }

    @Test
    void anAdjustmentInTheNationalRegistrysNumberingLabelsTheUnitsItsPairNames() {
        var first = new ItmoIdentifier("CA0777", "NOR01", "NOR", BigInteger.valueOf(1001), 2023);
        var pair = new ItmoPair(new ItmoBlock(first, first.plus(499)), "GS", "101", SerialRange.of(201, 700));
        var adjustment = new CorrespondingAdjustment("BTR-1", "NOR", 2026, LocalDate.of(2026, 10, 1),
                first.plus(100).toString(), first.plus(199).toString(), 100);
        var world = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization(EnumSet.of(Purpose.NDC))),
                List.of(block("101", 1, 1000, 2023, List.of())), List.of(), List.of(adjustment),
                List.of(new StoredPair(pair, LOA, true)), Map.of(), Map.of()));

        assertThat(world.blocks).filteredOn(b -> b.labels().stream().anyMatch(l -> l.code().equals("A6_CORRESPONDINGLY_ADJUSTED")))
                .extracting(BlockRecord::range).containsExactly(SerialRange.of(301, 400));
        assertThat(world.reconcile()).noneMatch(d -> d.subject().equals("adjustment BTR-1"));
    }

    @Test
    void unitsTwoPairsClaimAreReportedAndGetNoReference() {
        var one = numbered(1001, 201, 700);
        var two = numbered(5001, 601, 900);
        var world = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization(EnumSet.of(Purpose.NDC))),
                List.of(block("101", 1, 1000, 2023, List.of())), List.of(), List.of(),
                List.of(new StoredPair(one, LOA, true), new StoredPair(two, LOA, true)), Map.of(), Map.of()));

        assertThat(world.reconcile()).filteredOn(d -> d.type() == DiscrepancyType.SERIAL_UNDER_TWO_ITMO_IDS)
                .extracting(Discrepancy::units).containsExactly(SerialRange.of(601, 700));
        assertThat(world.blocks).filteredOn(b -> b.itmoReference() != null).extracting(BlockRecord::range)
                .containsExactlyInAnyOrder(SerialRange.of(1, 200), SerialRange.of(201, 600), SerialRange.of(701, 900),
                        SerialRange.of(901, 1000));
    }

    @Test
    void aSecondSyncSendsNothing() {
        var world = ForeignWorld.synced(registry(authorization(EnumSet.of(Purpose.NDC, Purpose.OIMP)),
                List.of(block("101", 1, 1000, 2023, List.of(new BlockLabel("A6_AUTHORIZED_NDC", "NDC", null))))));

        assertThat(world.labelled).as("the IMP label the registry lacked").hasSize(1);
        assertThat(world.sync()).isZero();
    }

    @Test
    void anAdjustmentOfUnitsNeverFirstTransferredIsHeldBackAndReportedAsCaOutOfOrder() {
        var authorization = definition(authorization(EnumSet.of(Purpose.NDC)), FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER);
        var adjustment = new CorrespondingAdjustment("BTR-2", "NOR", 2026, LocalDate.of(2026, 10, 1),
                "CA0777-NOR01-NOR-20000000101000000000001-2023", "CA0777-NOR01-NOR-20000000101000000000500-2023", 500);
        var world = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization),
                List.of(block("101", 1, 1000, 2023, List.of())), List.of(), List.of(adjustment), List.of(), Map.of(), Map.of()));

        assertThat(world.heldBack).anyMatch(h -> h.subject().contains("BTR-2") && h.reason() == HeldBackReason.NO_ITMO_PAIR);
        assertThat(world.reconcile()).filteredOn(d -> d.type() == DiscrepancyType.CA_OUT_OF_ORDER)
                .extracting(Discrepancy::units).containsExactly(SerialRange.of(1, 500));
    }

    @Test
    void unitsTheRegistryRevokesAfterMintingAreWithdrawnAndLoseTheirReference() {
        var world = ForeignWorld.synced(registry(authorization(EnumSet.of(Purpose.NDC)),
                List.of(block("101", 1, 2000, 2023, List.of()))));
        assertThat(world.blocks).filteredOn(b -> b.itmoReference() != null).extracting(BlockRecord::range)
                .containsExactly(SerialRange.of(1, 2000));

        world.revoke(world.blocks.get(0), SerialRange.of(1001, 1500));
        world.sync();

        assertThat(world.withdrawn).singleElement().satisfies(w -> {
            assertThat(w.part().units()).isEqualTo(SerialRange.of(1001, 1500));
            assertThat(w.part().itmo().first().toString()).isEqualTo("CA0777-NOR01-NOR-20000000101000000001001-2023");
            assertThat(w.cause()).startsWith("units 1001-1500 revoked at the registry, block GS-101-1.1001 version ");
        });
        assertThat(world.blocks).filteredOn(b -> b.itmoReference() != null).extracting(BlockRecord::range)
                .containsExactlyInAnyOrder(SerialRange.of(1, 1000), SerialRange.of(1501, 2000));
        assertThat(world.standing()).extracting(p -> p.pair().units())
                .containsExactly(SerialRange.of(1, 1000), SerialRange.of(1501, 2000));
        assertThat(world.reconcile()).noneMatch(d -> d.type() == DiscrepancyType.REVOKED_STILL_PAIRED);
        assertThat(world.sync()).isZero();
    }

    @Test
    void aRevokedAuthorizationsNationalPairIsWithdrawnWhole() {
        var revoked = status(authorization(EnumSet.of(Purpose.NDC)), AuthorizationStatus.REVOKED);
        var pair = numbered(1001, 201, 700);
        var world = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(revoked),
                List.of(block("101", 1, 1000, 2023, List.of())), List.of(), List.of(),
                List.of(new StoredPair(pair, LOA, true)), Map.of(), Map.of()));

        assertThat(world.withdrawn).singleElement().satisfies(w -> {
            assertThat(w.part()).isEqualTo(pair);
            assertThat(w.cause()).isEqualTo("authorization " + LOA + " revoked, version 1");
        });
        assertThat(world.standing()).isEmpty();
        assertThat(world.minted).isEmpty();
    }

    private static AuthorizationRecord status(AuthorizationRecord a, AuthorizationStatus status) {
        return new AuthorizationRecord(a.sourceRegistry(), a.authorizationId(), a.version(), status, a.party(), a.date(),
                a.authorizationYear(), a.cooperativeApproachId(), a.publishedOnCarp(), a.quantityCap(), a.metric(), null, null,
                a.purposes(), null, a.firstTransferDefinition(), null, null, null, null, null, null, null, null, null, null,
                null, null, a.coveredActivities(), false);
    }

    @Test
        void unitsSentAgainUnderASecondBlockIdCountOnceInTheSummaryAndInTable4UnderTheBlockThatStartsFirst() {
        var world = new ForeignWorld(registry(authorization(EnumSet.of(Purpose.NDC)),
                List.of(block("101", 1, 1000, 2023, List.of()), block("101", 501, 1500, 2023, List.of()))));

        assertThat(world.summaryCredits()).isEqualByComparingTo("1500");
        assertThat(world.reconcile()).filteredOn(d -> d.type() == DiscrepancyType.OVERLAPPING_SERIALS)
                .extracting(Discrepancy::units).containsExactly(SerialRange.of(501, 1000));
        var table4 = world.table4();
        assertThat(table4).extracting(u -> u.serial().substring(u.serial().lastIndexOf("-101-") + 1) + " reports " + u.units()
                + ": " + u.tonnes().toPlainString() + " t").containsExactly("101-1-1000 reports 1-1000: 1000 t",
                "101-501-1500 reports 1001-1500: 500 t");
    }

    private static ItmoPair numbered(long firstItmo, long firstUnit, long lastUnit) {
        var first = new ItmoIdentifier("CA0777", "NOR01", "NOR", BigInteger.valueOf(firstItmo), 2023);
        return new ItmoPair(new ItmoBlock(first, first.plus(lastUnit - firstUnit)), "GS", "101", SerialRange.of(firstUnit, lastUnit));
    }

    private static ForeignRegistry registry(AuthorizationRecord authorization, List<BlockRecord> blocks) {
        return new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization), blocks, List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    /**
     * 2,500 kilogram units under a declared 1,000 units a tonne: two ITMOs for units 1-2000, the 500
     * left over held back with their exact 0.5 t. Revoking units 1500-1600 later withdraws the whole
     * second ITMO and takes the reference off its units; the first stays. Undeclared, nothing is minted.
     */
    @Test
    void kilogramCreditsBecomeWholeTonneItmosUnderADeclaredConversion() {
        var authorization = new AuthorizationRecord(ForeignRegistry.NATIONAL, LOA, 1, AuthorizationStatus.ACTIVE, "NOR",
                LocalDate.of(2025, 2, 1), 2025, "CA0777", true, null, "GHG", null, null, EnumSet.of(Purpose.OIMP), null,
                FirstTransferDefinition.AUTHORISATION, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(new CoveredActivity("KVS", "K7001", "NO")), false);
        var kilograms = new BlockRecord(ForeignRegistry.REGISTRY, "KVS-6001-1", 1, "KVS-MCC-NO-K7001-2024-6001-1-2500", "KVS",
                "MCC", "K7001", null, "NO", 2024, null, null, "6001", LocalDate.of(2025, 3, 1), 1, 2500,
                new BigDecimal("0.001"), BlockStatus.ISSUED, "ACC-1", null, new ArrayList<>(), null);
        var declared = Map.of("KVS", Map.of("MCC", 1_000L));

        var world = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization), List.of(kilograms),
                List.of(), List.of(), List.of(), Map.of(), declared));

        assertThat(world.minted).singleElement().satisfies(p -> {
            assertThat(p.pair().units()).isEqualTo(SerialRange.of(1, 2000));
            assertThat(p.pair().itmo().quantity()).isEqualTo(2);
            assertThat(p.pair().unitsPerItmo()).isEqualTo(1_000);
        });
        assertThat(world.heldBack).singleElement().satisfies(h -> {
            assertThat(h.reason()).isEqualTo(HeldBackReason.REMAINDER_BELOW_ONE_TONNE);
            assertThat(h.subject()).isEqualTo("KVS 6001 2001-2500");
            assertThat(h.detail()).contains("500 units of 0.001 t CO2e = 0.5 t CO2e");
        });
        assertThat(world.blocks).filteredOn(b -> b.itmoReference() != null).extracting(BlockRecord::range)
                .containsExactly(SerialRange.of(1, 2000));

        var second = world.blocks.stream().filter(b -> b.itmoReference() != null).findFirst().orElseThrow();
        world.revoke(second, SerialRange.of(1500, 1600));
        world.sync();

        assertThat(world.withdrawn).singleElement().satisfies(w -> {
            assertThat(w.part().units()).isEqualTo(SerialRange.of(1001, 2000));
            assertThat(w.part().itmo().first()).isEqualTo(world.minted.get(0).pair().itmo().last());
        });
        assertThat(world.blocks).filteredOn(b -> b.itmoReference() != null).extracting(BlockRecord::range)
                .containsExactly(SerialRange.of(1, 1000));

        var undeclared = ForeignWorld.synced(new ForeignRegistry(1, "NOR", "CA0777", List.of(authorization), List.of(kilograms),
                List.of(), List.of(), List.of(), Map.of(), Map.of()));
        assertThat(undeclared.minted).isEmpty();
        assertThat(undeclared.heldBack).extracting(HeldBack::reason).containsExactly(HeldBackReason.UNIT_NOT_ONE_TONNE);
    }

    private static AuthorizationRecord authorization(Set<Purpose> purposes) {
        return new AuthorizationRecord(ForeignRegistry.NATIONAL, LOA, 1, AuthorizationStatus.ACTIVE, "NOR",
                LocalDate.of(2025, 2, 1), 2025, "CA0777", true, null, "GHG", null, null, purposes, null,
                FirstTransferDefinition.AUTHORISATION, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(new CoveredActivity("GS", "7001", "NO")), false);
    }

    private static AuthorizationRecord with(AuthorizationRecord a, LocalDate mitigationFrom) {
        return new AuthorizationRecord(a.sourceRegistry(), a.authorizationId(), a.version(), a.status(), a.party(), a.date(),
                a.authorizationYear(), a.cooperativeApproachId(), a.publishedOnCarp(), a.quantityCap(), a.metric(), null, null,
                a.purposes(), null, a.firstTransferDefinition(), null, null, mitigationFrom, null, null, null, null, null, null,
                null, null, null, a.coveredActivities(), false);
    }

    private static AuthorizationRecord definition(AuthorizationRecord a, FirstTransferDefinition definition) {
        return new AuthorizationRecord(a.sourceRegistry(), a.authorizationId(), a.version(), a.status(), a.party(), a.date(),
                a.authorizationYear(), a.cooperativeApproachId(), a.publishedOnCarp(), a.quantityCap(), a.metric(), null, null,
                a.purposes(), null, definition, null, null, null, null, null, null, null, null, null, null, null, null,
                a.coveredActivities(), false);
    }

    private static BlockRecord block(String issuance, long start, long end, Integer vintage, List<BlockLabel> labels) {
        return new BlockRecord(ForeignRegistry.REGISTRY, "GS-" + issuance + "-" + start, 1,
                "GS1-1-NO-GS7001-16-" + (vintage == null ? 2023 : vintage) + "-" + issuance + "-" + start + "-" + end, "GS",
                "VER", "7001", null, "NO", vintage, null, null, issuance, LocalDate.of(2024, 6, 1), start, end, BigDecimal.ONE,
                BlockStatus.ISSUED, "ACC-1", null, new ArrayList<>(labels), null);
    }

    private static BlockRecord retired(BlockRecord b, BlockRecord.Retirement retirement) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion(), b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), BlockStatus.RETIRED,
                b.holderAccount(), retirement, b.labels(), b.itmoReference());
    }
}
