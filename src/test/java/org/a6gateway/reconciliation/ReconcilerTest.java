package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table of cases per discrepancy type, on a small world shaped like the real data: a Gold
 * Standard issuance (25305) first transferred and adjusted in part, a Verra block (batch 9344,
 * numbered across the registry) labelled by the registry itself under a capped authorization,
 * a Korean micro-credit issuance counted in kilograms, and a block retired for a voluntary claim.
 */
class ReconcilerTest {

    private static final String GS = "GS";

    /** The consistent world every case starts from. */
    static World base() {
        var w = new World();
        var a1 = w.authorize("KOR-A1", GS, "P1", Set.of(Purpose.NDC, Purpose.OIMP), 2020, 2024, null);
        var b1 = w.label(w.issue(GS, "P1", "25305", 1, 1000, 2022, "1"), a1, true);
        w.adjust(w.firstTransfer(b1, a1));
        w.label(w.issue(GS, "P1", "25305", 1001, 3000, 2023, "1"), a1, true);
        var a2 = w.authorize("KOR-A2", "VCS", "1686", Set.of(Purpose.OIMP), 2018, 2024, 5000L);
        w.firstTransfer(w.label(w.issue("VCS", "1686", "9344", 82392553, 82394552, 2021, "1"), a2, false), a2);
        var m = w.authorize("KOR-M", "KVS", "S102", Set.of(Purpose.NDC), null, null, null);
        w.label(w.issue("KVS", "S102", "1003", 1, 750000, 2024, "0.001"), m, true);
        w.retire(w.issue(GS, "P9", "30645", 608, 30350, 2025, "1"), "Voluntary claim (company net-zero target)");
        return w;
    }

    record Case(String name, Consumer<World> fault, DiscrepancyType type, SerialRange units, String says,
                Set<DiscrepancyType> alsoFound) {

        Case(String name, Consumer<World> fault, DiscrepancyType type, SerialRange units, String says) {
            this(name, fault, type, units, says, Set.of());
        }

        @Override
        public String toString() {
            return type + ": " + name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a national transfer of units no block holds", w -> w.actions.add(action("TR-9", "TRANSFER", GS, "25305",
                        SerialRange.of(3001, 3500), 2023, 500, null)), DiscrepancyType.MISSING_ON_PRIVATE, SerialRange.of(3001, 3500), "TR-9"),
                new Case("a label the ledger applied that the registry dropped", w -> relabel(w, "GS-25305-1001", List.of()),
                        DiscrepancyType.MISSING_ON_PRIVATE, SerialRange.of(1001, 3000), "label A6_AUTHORIZED_NDC applied"),
                new Case("an ITMO reference without its pair", w -> reference(w, "GS-25305-1001"),
                        DiscrepancyType.MISSING_ON_NATIONAL, SerialRange.of(1001, 3000), "no ITMO pair"),
                new Case("a pair the registry acknowledged but never shows", w -> unconfirmedPair(w, "GS-25305-1001"),
                        DiscrepancyType.MISSING_ON_NATIONAL, SerialRange.of(1001, 3000), "feed does not show the pair"),
                new Case("a first transfer stating one tonne too many", w -> restate(w, "VCS", 2001),
                        DiscrepancyType.QUANTITY_DRIFT, SerialRange.of(82392553, 82394552), "2001 t stated"),
                new Case("an adjustment stating fewer tonnes than its ITMOs", w -> w.adjustments.set(0, shortAdjustment(w.adjustments.get(0))),
                        DiscrepancyType.QUANTITY_DRIFT, SerialRange.of(1, 1000), "999 t stated"),
                new Case("a transfer whose ITMOs carry another vintage", w -> w.actions.add(action("TR-V", "TRANSFER", GS, "25305",
                        SerialRange.of(1, 1000), 2023, 1000, null)), DiscrepancyType.VINTAGE_DRIFT, SerialRange.of(1, 1000), "vintage 2023"),
                new Case("ITMOs used while the units stay tradable", w -> w.actions.add(action("USE-1", "USE", GS, "25305",
                        SerialRange.of(1, 400), 2022, 400, null)), DiscrepancyType.STATUS_DRIFT, SerialRange.of(1, 400), "USE USE-1"),
                new Case("a transfer to an account the registry does not show", w -> w.actions.add(action("TR-H", "TRANSFER", GS, "25305",
                        SerialRange.of(1, 1000), 2022, 1000, "acct-elsewhere")), DiscrepancyType.HOLDER_DRIFT, SerialRange.of(1, 1000),
                        "held by acct-elsewhere"),
                new Case("a second issuance over a retired block", w -> w.blocks.add(w.issue(GS, "P9", "30645", 20000, 40000, 2025, "1")),
                        DiscrepancyType.OVERLAPPING_SERIALS, SerialRange.of(20000, 30350), "GS-30645-20000"),
                new Case("a second ITMO block over half a pair", w -> w.pairs.add(new StoredPair(ItmoPair.mint("CA0999", World.REGISTRY_ID,
                        World.PARTY, 2022, GS, "25305", SerialRange.of(501, 1000)), "KOR-A1", true)),
                        DiscrepancyType.SERIAL_UNDER_TWO_ITMO_IDS, SerialRange.of(501, 1000), "CA0999"),
                new Case("a voluntary retirement first transferred as ITMOs", w -> w.actions.add(action("FT-X", "FIRST_TRANSFER", GS, "30645",
                        SerialRange.of(608, 30350), 2025, 29743, null)), DiscrepancyType.DOUBLE_CLAIM, SerialRange.of(608, 30350), "FT-X"),
                new Case("a label on a project no authorization covers", w -> label(w, "GS-30645-608", LabelCode.A6_AUTHORIZED_NDC, null),
                        DiscrepancyType.LABEL_WITHOUT_AUTHORIZATION, SerialRange.of(608, 30350), "no authorization covers GS project P9"),
                new Case("a label naming an authorization that does not exist", w -> label(w, "GS-25305-1001", LabelCode.A6_AUTHORIZED_NDC, "KOR-A7"),
                        DiscrepancyType.LABEL_WITHOUT_AUTHORIZATION, SerialRange.of(1001, 3000), "no authorization KOR-A7"),
                new Case("a label naming an authorization for another project", w -> label(w, "GS-25305-1001", LabelCode.A6_AUTHORIZED_IMP, "KOR-A2"),
                        DiscrepancyType.LABEL_WITHOUT_AUTHORIZATION, SerialRange.of(1001, 3000), "does not cover GS project P1"),
                new Case("an other-purposes label the authorization does not allow", w -> label(w, "GS-25305-1001", LabelCode.A6_AUTHORIZED_OP, "KOR-A1"),
                        DiscrepancyType.LABEL_OUTSIDE_PURPOSES, SerialRange.of(1001, 3000), "purposes [NDC, OIMP]"),
                new Case("a registry's own label on a vintage after the timeframe", w -> w.label(w.issue(GS, "P1", "25306", 1, 50, 2025, "1"),
                        w.authorizations.get(0), false), DiscrepancyType.LABEL_OUTSIDE_TIMEFRAME, SerialRange.of(1, 50), "vintages 2020–2024"),
                new Case("labels beyond an amended cap", w -> w.cap(w.authorizations.get(1), 1500),
                        DiscrepancyType.LABEL_OVER_CAP, SerialRange.of(82394053, 82394552), "cap 1500 t"),
                new Case("correspondingly adjusted before any first transfer", w -> label(w, "GS-25305-1001", LabelCode.A6_CORRESPONDINGLY_ADJUSTED, null),
                        DiscrepancyType.CA_OUT_OF_ORDER, SerialRange.of(1001, 3000), "first transferred (ITMO pair): no, CA reported: no"),
                new Case("correspondingly adjusted without a reported adjustment", w -> w.adjustments.clear(),
                        DiscrepancyType.CA_OUT_OF_ORDER, SerialRange.of(1, 1000), "CA reported: no"),
                new Case("credits revoked by the registry keep their labels", w -> status(w, "GS-25305-1001", BlockStatus.REVOKED),
                        DiscrepancyType.REVOKED_STILL_LABELLED, SerialRange.of(1001, 3000), "revoked by the private registry"),
                new Case("a revoked authorization's labels stay", w -> revoke(w, 0), DiscrepancyType.REVOKED_STILL_LABELLED,
                        SerialRange.of(1001, 3000), "KOR-A1 v2 REVOKED",
                        EnumSet.of(DiscrepancyType.REVOKED_STILL_PAIRED, DiscrepancyType.CA_OUT_OF_ORDER)),
                new Case("a revoked authorization's ITMO pair stays", w -> revoke(w, 1), DiscrepancyType.REVOKED_STILL_PAIRED,
                        SerialRange.of(82392553, 82394552), "KOR-A2 v2 REVOKED", EnumSet.of(DiscrepancyType.REVOKED_STILL_LABELLED)),
                new Case("ITMOs counted per kilogram unit", w -> w.actions.add(action("FT-K", "FIRST_TRANSFER", "KVS", "1003",
                        SerialRange.of(1, 750000), 2024, 750000, null)), DiscrepancyType.UNIT_MISMATCH, SerialRange.of(1, 750000), "0.001 t"),
                new Case("labels under an authorization in another metric", w -> metric(w, 0, "non-GHG", "MWh of renewable electricity"),
                        DiscrepancyType.UNIT_MISMATCH, SerialRange.of(1001, 3000), "in metric non-GHG (MWh of renewable electricity)"));
    }

    @Test
    void theBaseWorldIsConsistent() {
        assertThat(base().reconcile()).isEmpty();
    }

    @Test
    void everyTypeHasACase() {
        // The export-label types are not the pure reconciler's: ExportLabelChecksTest and
        // ExportLabelReconciliationIT cover them; the publication types, PublicationFindingsTest.
        assertThat(cases().map(Case::type)).containsAll(EnumSet.allOf(DiscrepancyType.class).stream()
                .filter(t -> !t.fromExports() && !t.fromPublication()).toList());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheFaultOnItsUnits(Case c) {
        var world = base();
        c.fault().accept(world);

        var found = world.reconcile();

        var allowed = EnumSet.of(c.type());
        allowed.addAll(c.alsoFound());
        assertThat(found).extracting(Discrepancy::type).containsOnlyElementsOf(allowed);
        assertThat(found).filteredOn(d -> d.type() == c.type() && d.units().equals(c.units())).isNotEmpty()
                .anySatisfy(d -> assertThat(d.privateValue() + " | " + d.nationalValue() + " | " + d.subject()).contains(c.says()));
    }

    private static ItmoAction action(String id, String type, String registry, String issuance, SerialRange units, int vintage,
                                     long quantity, String holder) {
        var pair = ItmoPair.mint(World.APPROACH, World.REGISTRY_ID, World.PARTY, vintage, registry, issuance, units);
        return new ItmoAction(id, type, LocalDate.of(2026, 2, 1), "KOR-A1", registry, null, units,
                pair.itmo().first().toString(), pair.itmo().last().toString(), quantity, false, holder);
    }

    private static void relabel(World w, String blockId, List<BlockLabel> labels) {
        var b = w.block(blockId);
        w.replace(b, World.with(b, labels, b.itmoReference(), b.status(), b.retirement()));
    }

    private static void label(World w, String blockId, LabelCode code, String authorizationId) {
        var b = w.block(blockId);
        var labels = new ArrayList<>(b.labels());
        labels.add(new BlockLabel(code.name(), "text of " + code, authorizationId));
        relabel(w, blockId, labels);
    }

    private static void metric(World w, int index, String metric, String nonGhgMetric) {
        var a = w.authorizations.get(index);
        w.authorizations.set(index, new org.a6gateway.nationalrecords.AuthorizationRecord(a.sourceRegistry(), a.authorizationId(),
                a.version(), a.status(), a.party(), a.date(), a.authorizationYear(), a.cooperativeApproachId(), a.publishedOnCarp(),
                a.quantityCap(), metric, a.gwpValues(), nonGhgMetric, a.purposes(), a.oimpDetail(), a.firstTransferDefinition(),
                a.vintageFrom(), a.vintageTo(), a.mitigationFrom(), a.mitigationTo(), a.useFrom(), a.useTo(), a.authorizedParties(),
                a.authorizedEntities(), a.sectors(), a.activityTypes(), a.terms(), a.documentLinks(), a.coveredActivities(),
                a.synthetic()));
    }

    private static void status(World w, String blockId, BlockStatus status) {
        var b = w.block(blockId);
        w.replace(b, World.with(b, b.labels(), b.itmoReference(), status, b.retirement()));
    }

    private static void reference(World w, String blockId) {
        var b = w.block(blockId);
        var pair = ItmoPair.mint(World.APPROACH, World.REGISTRY_ID, World.PARTY, b.vintageYear(), GS, b.issuanceId(), b.range());
        w.replace(b, World.with(b, b.labels(), new org.a6gateway.blocks.BlockRecord.ItmoReference(pair.itmo().first().toString(),
                pair.itmo().last().toString(), World.REGISTRY_ID), b.status(), b.retirement()));
    }

    private static void unconfirmedPair(World w, String blockId) {
        var b = w.block(blockId);
        var pair = ItmoPair.mint(World.APPROACH, World.REGISTRY_ID, World.PARTY, b.vintageYear(), GS, b.issuanceId(), b.range());
        w.pairs.add(new StoredPair(pair, "KOR-A1", false));
        w.ledger.add(LedgerChange.pairRegistered(GS, b.issuanceId(), b.range(), pair.itmo().first().toString()));
    }

    private static void restate(World w, String registry, long quantity) {
        var a = w.actions.stream().filter(x -> x.registry().equals(registry)).findFirst().orElseThrow();
        w.actions.set(w.actions.indexOf(a), World.action(a, a.type(), quantity, a.firstItmoId(), a.lastItmoId(), a.holderAccount()));
    }

    private static CorrespondingAdjustment shortAdjustment(CorrespondingAdjustment c) {
        return new CorrespondingAdjustment(c.adjustmentId(), c.party(), c.btrYear(), c.reportedOn(), c.firstItmoId(), c.lastItmoId(),
                c.quantity() - 1);
    }

    private static void revoke(World w, int index) {
        var a = w.authorizations.get(index);
        w.authorizations.set(index, World.authorization(a.authorizationId(), 2, AuthorizationStatus.REVOKED,
                a.coveredActivities().get(0).registry(), a.coveredActivities().get(0).projectId(), a.purposes(),
                a.vintageFrom(), a.vintageTo(), a.quantityCap()));
    }
}
