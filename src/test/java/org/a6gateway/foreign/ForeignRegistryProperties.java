package org.a6gateway.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.itmo.HeldBack;
import org.a6gateway.itmo.HeldBackReason;
import org.a6gateway.itmo.PairedUnits;
import org.a6gateway.itmo.StandingPairs;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.reconciliation.Discrepancy;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.reconciliation.Reconciler;
import org.a6gateway.reporting.ReportedUnits;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoSerials;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;

/**
 * The accounting rules on registries the gateway never saw ({@link ForeignRegistry}): each
 * property syncs a generated registry pair and checks one rule on what the gateway did, on the
 * registries' state after it and on what the reconciliation then finds.
 */
class ForeignRegistryProperties {

    @Provide
    Arbitrary<ForeignRegistry> registries() {
        return Arbitraries.longs().map(ForeignRegistry::generate);
    }

    /**
     * Labels from anyone count: no ITMO is minted on units carrying a label for a use their
     * authorization does not allow, whoever applied it, and no unit carries the CA label while a
     * LABEL_OUTSIDE_PURPOSES finding stands on it.
     */
    @Property(tries = 300)
    void labelsFromAnyoneCount(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        Statistics.label("minted").collect(!world.minted.isEmpty());
        Statistics.label("held back for a label outside purposes")
                .collect(world.heldBack.stream().anyMatch(h -> h.reason() == HeldBackReason.LABEL_OUTSIDE_PURPOSES));

        for (StoredPair pair : world.minted) {
            var authorization = authorization(world, pair);
            for (BlockRecord block : holding(world, pair)) {
                assertThat(Oracle.carriesLabelOutsidePurposes(block, authorization))
                        .as("seed %d: ITMOs %s minted on %s", registry.seed(), pair.pair().itmo(), block).isFalse();
            }
        }
        var outside = of(world.reconcile(), DiscrepancyType.LABEL_OUTSIDE_PURPOSES);
        for (BlockRecord block : world.blocks) {
            if (carries(block, LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name())) {
                assertThat(outside).as("seed %d: %s adjusted beside a label outside its purposes", registry.seed(), block)
                        .noneMatch(d -> on(d, block.program(), block.issuanceId(), block.range()));
            }
        }
        Statistics.label("minted").coverage(c -> c.check(true).percentage(p -> p > 15));
        Statistics.label("held back for a label outside purposes").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    /**
     * Timeframe from what the block carries: the gateway labels and mints only blocks whose whole
     * vintage period lies inside the authorization's timeframe; a block that says no vintage is
     * never labelled nor minted, and is held back as vintage unknown when someone else labelled it.
     */
    @Property(tries = 300)
    void theTimeframeIsJudgedOnWhatTheBlockCarries(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        Statistics.label("vintage unknown held back")
                .collect(world.heldBack.stream().anyMatch(h -> h.reason() == HeldBackReason.VINTAGE_UNKNOWN));
        Statistics.label("outside the timeframe held back")
                .collect(world.heldBack.stream().anyMatch(h -> h.reason() == HeldBackReason.OUTSIDE_TIMEFRAME));

        for (BlockRecord block : world.blocks) {
            for (BlockLabel label : block.labels()) {
                if (appliedByTheGateway(label) && LabelCode.AUTHORIZED.stream().anyMatch(c -> c.name().equals(label.code()))) {
                    var authorization = world.registry.authorizations().stream()
                            .filter(a -> a.authorizationId().equals(label.authorizationId())).findFirst().orElseThrow();
                    assertThat(Oracle.insideTimeframe(block, authorization)).as("seed %d: %s labelled", registry.seed(), block)
                            .isTrue();
                }
            }
        }
        for (StoredPair pair : world.minted) {
            var authorization = authorization(world, pair);
            holding(world, pair).forEach(block -> assertThat(Oracle.insideTimeframe(block, authorization))
                    .as("seed %d: %s minted", registry.seed(), block).isTrue());
        }
        // Units the national registry paired itself are ITMOs already: the gateway mints nothing there to hold back.
        var nationallyPaired = PairedUnits.of(registry.nationalPairs().stream().map(StoredPair::pair).toList());
        for (BlockRecord block : world.blocks) {
            if (Oracle.period(block).isEmpty() && labelledForAnActiveAuthorization(world, block)
                    && !nationallyPaired.unpaired(block.program(), block.issuanceId(), block.range()).isEmpty()) {
                assertThat(world.heldBack).as("seed %d: %s held back", registry.seed(), block)
                        .anyMatch(h -> h.subject().startsWith(block.program() + " " + block.issuanceId() + " ")
                                && EnumSet.of(HeldBackReason.VINTAGE_UNKNOWN, HeldBackReason.LABELS_UNSETTLED,
                                        HeldBackReason.REVOKED).contains(h.reason()));
            }
        }
        Statistics.label("vintage unknown held back").coverage(c -> c.check(true).percentage(p -> p > 2));
        Statistics.label("outside the timeframe held back").coverage(c -> c.check(true).percentage(p -> p > 2));
    }

    /**
     * Claims from structure, not words: units retired or cancelled for no use their authorization
     * allows (voluntary, unspecified, a beneficiary only, words that say nothing) are never minted,
     * and a first transfer the national registry records on them is a DOUBLE_CLAIM.
     */
    @Property(tries = 300)
    void aRetirementIsAClaimUnlessForAnAuthorizedUse(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);

        for (StoredPair pair : world.minted) {
            var authorization = authorization(world, pair);
            holding(world, pair).forEach(block -> assertThat(Oracle.claimed(block, registry.structuredUse(block), authorization))
                    .as("seed %d: claimed units minted: %s", registry.seed(), block).isFalse());
        }
        for (HeldBack held : world.heldBack) {
            if (held.kind() == HeldBack.Kind.ITMO_ID && held.reason() == HeldBackReason.VOLUNTARY_CLAIM) {
                var authorization = world.registry.authorizations().stream()
                        .filter(a -> a.authorizationId().equals(held.authorizationId())).findFirst().orElseThrow();
                heldBlocks(world, held).forEach(block -> assertThat(Oracle.claimed(block, registry.structuredUse(block), authorization))
                        .as("seed %d: held back as a claim: %s", registry.seed(), block).isTrue());
            }
        }
        var doubleClaims = of(world.reconcile(), DiscrepancyType.DOUBLE_CLAIM);
        Statistics.label("double claims found").collect(!doubleClaims.isEmpty());
        Statistics.label("held back as claims")
                .collect(world.heldBack.stream().anyMatch(h -> h.reason() == HeldBackReason.VOLUNTARY_CLAIM));
        for (ItmoAction action : registry.actions()) {
            for (BlockRecord block : world.holding(action.registry(), action.issuanceId(), action.units())) {
                if (claimedUnderAny(world, block)) {
                    var units = block.range().intersection(action.units()).orElseThrow();
                    assertThat(doubleClaims).as("seed %d: %s first transferred %s of claimed %s", registry.seed(),
                            action.actionId(), units, block).anyMatch(d -> on(d, block.program(), block.issuanceId(), units));
                }
            }
        }
        Statistics.label("double claims found").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("held back as claims").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<ForeignRegistry> registriesWithUnitsTwice() {
        return Arbitraries.longs().map(seed -> ForeignRegistry.generate(seed).withUnitsTwice());
    }

    /**
     * One serial, one block: units the private registry sent again under a second block id count
     * once in the summary's t CO2e, Table 4 reports each unit of the Party's authorized blocks
     * exactly once, and no unit is minted under two ITMO ids.
     */
    @Property(tries = 300)
    void unitsUnderASecondBlockIdCountOnceInEveryTotal(@ForAll("registriesWithUnitsTwice") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var held = Oracle.once(Oracle.byScope(world.blocks));
        long sent = world.blocks.stream().mapToLong(BlockRecord::quantity).sum();
        Statistics.label("units under two block ids").collect(Oracle.units(held) < sent);

        assertThat(world.summaryCredits()).as("seed %d: summary t CO2e", registry.seed())
                .isEqualByComparingTo(Oracle.tonnes(held, world.blocks));
        var reported = world.table4();
        var authorized = Oracle.once(Oracle.byScope(world.blocks.stream()
                .filter(b -> b.status() != BlockStatus.REVOKED && Oracle.reportedUnder(registry, b).isPresent()).toList()));
        var reportedByScope = reported.stream().collect(Collectors.groupingBy(u -> Oracle.scope(u.program(), u.issuanceId()),
                Collectors.mapping(ReportedUnits::units, Collectors.toList())));
        assertThat(Oracle.once(reportedByScope)).as("seed %d: Table 4's units", registry.seed()).isEqualTo(authorized);
        assertThat(reported.stream().map(ReportedUnits::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("seed %d: Table 4's t CO2e, each unit once", registry.seed())
                .isEqualByComparingTo(Oracle.tonnes(authorized, world.blocks));
        var mintedByScope = world.minted.stream().collect(Collectors.groupingBy(
                p -> Oracle.scope(p.pair().underlyingRegistry(), p.pair().issuance()),
                Collectors.mapping(p -> p.pair().units(), Collectors.toList())));
        assertThat(Oracle.units(Oracle.once(mintedByScope))).as("seed %d: every unit minted under one ITMO id", registry.seed())
                .isEqualTo(world.minted.stream().mapToLong(p -> p.pair().units().quantity()).sum());
        Statistics.label("units under two block ids").coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    /** Convergence: a sync with nothing changed upstream sends nothing, whatever the data. */
    @Property(tries = 300)
    void aSecondSyncSendsNothing(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        Statistics.label("first sync sent commands").collect(world.commands > 0);

        assertThat(world.sync()).as("seed %d: commands of the second sync %s", registry.seed(), world.labelled).isZero();
        assertThat(world.sync()).as("seed %d: third sync", registry.seed()).isZero();
        Statistics.label("first sync sent commands").coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    /**
     * CA out of order is reported: a BTR adjustment naming units no ITMO pair stands for (never
     * first transferred) is held back and reported as CA_OUT_OF_ORDER on those units.
     */
    @Property(tries = 300)
    void anAdjustmentOfUnitsNeverFirstTransferredIsHeldBackAndReported(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var outOfOrder = of(world.reconcile(), DiscrepancyType.CA_OUT_OF_ORDER);
        var paired = PairedUnits.of(world.pairs.stream().map(StoredPair::pair).toList());
        boolean reported = false;

        for (var report : registry.adjustments()) {
            var embedded = ItmoSerials.underlyingUnit(ItmoIdentifier.parse(report.firstItmoId()).serial());
            if (embedded.isEmpty()) {
                continue; // the national registry's numbering: its pair stands for the units
            }
            var unit = embedded.get();
            var units = SerialRange.ofQuantity(unit.serial(), report.quantity());
            for (SerialRange never : paired.unpaired(unit.registry(), unit.issuance(), units)) {
                if (world.holding(unit.registry(), unit.issuance(), never).isEmpty()) {
                    continue;
                }
                assertThat(world.heldBack).as("seed %d: %s held back", registry.seed(), report.adjustmentId())
                        .anyMatch(h -> h.kind() == HeldBack.Kind.CA_FLAG && h.subject().contains(report.adjustmentId()));
                assertThat(outOfOrder).as("seed %d: %s reported on %s", registry.seed(), report.adjustmentId(), never)
                        .anyMatch(d -> on(d, unit.registry(), unit.issuance(), never));
                reported = true;
            }
        }
        Statistics.label("adjustments of units never first transferred").collect(reported);
        Statistics.label("adjustments of units never first transferred").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    /**
     * The national registry's own ITMO numbering: an adjustment of ITMOs one of its pairs holds
     * puts the CA label on exactly the units the pair says, when those units may carry it, and on
     * no other unit; the reconciliation places it on those units too.
     */
    @Property(tries = 300)
    void itmosInTheNationalRegistrysNumberingNameTheirUnitsThroughThePair(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var found = world.reconcile();
        int labelled = 0;

        for (var report : registry.adjustments()) {
            var first = ItmoIdentifier.parse(report.firstItmoId());
            var last = ItmoIdentifier.parse(report.lastItmoId());
            var pair = registry.nationalPairs().stream().filter(p -> holds(p, first) && holds(p, last)).findFirst();
            if (pair.isEmpty()) {
                continue;
            }
            var units = SerialRange.of(Oracle.unitOf(pair.get(), first), Oracle.unitOf(pair.get(), last));
            assertThat(found).as("seed %d: %s placed on no units", registry.seed(), report.adjustmentId())
                    .noneMatch(d -> d.type() == DiscrepancyType.MISSING_ON_PRIVATE && d.subject().equals("adjustment " + report.adjustmentId()));
            for (BlockRecord block : world.holding(pair.get().pair().underlyingRegistry(), pair.get().pair().issuance(), units)) {
                // A correct sync splits the block at the named units' edges; a block reaching past them was not written.
                var mayCarry = Oracle.mayBeAdjusted(world, block, pair.get())
                        && contested(registry, block, units).isEmpty();
                if (mayCarry) {
                    assertThat(carries(block, LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name())).as("seed %d: %s not adjusted by %s",
                            registry.seed(), block,
                            report.adjustmentId()).isTrue();
                    labelled++;
                }
            }
        }
        for (BlockRecord block : world.blocks) {
            if (adjustedByTheGateway(block)) {
                assertThat(namedByAnAdjustment(world, block)).as("seed %d: %s adjusted, no adjustment names it", registry.seed(),
                        block).isTrue();
            }
        }
        Statistics.label("units adjusted through a national pair").collect(labelled > 0);
        Statistics.label("units adjusted through a national pair").coverage(c -> c.check(true).percentage(p -> p > 3));
    }

    /**
     * Conflicts are held, not written: units two national pairs stand for are reported as
     * SERIAL_UNDER_TWO_ITMO_IDS on exactly those units, and the gateway writes neither an ITMO
     * reference nor a CA label on them.
     */
    @Property(tries = 300)
    void unitsTwoPairsClaimAreReportedAndNothingIsWrittenOnThem(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var twice = of(world.reconcile(), DiscrepancyType.SERIAL_UNDER_TWO_ITMO_IDS);
        // Units revoked are withdrawn from both pairs: no conflict stands on them any more.
        var shared = shared(StandingPairs.of(registry.nationalPairs(), world.withdrawn));

        for (var s : shared) {
            for (BlockRecord block : world.holding(s.registry(), s.issuance(), s.units())) {
                var units = block.range().intersection(s.units()).orElseThrow();
                assertThat(twice).as("seed %d: %s reported", registry.seed(), units).anyMatch(d -> on(d, s.registry(), s.issuance(), units));
                assertThat(block.itmoReference()).as("seed %d: reference on contested %s", registry.seed(), block).isNull();
                assertThat(adjustedByTheGateway(block)).as("seed %d: adjusted contested %s", registry.seed(), block).isFalse();
            }
        }
        for (Discrepancy d : twice) {
            assertThat(shared).as("seed %d: %s beyond the shared units", registry.seed(), d)
                    .anyMatch(s -> d.registry().equals(s.registry()) && s.units().contains(d.units()));
        }
        Statistics.label("contested units").collect(!shared.isEmpty());
        Statistics.label("contested units").coverage(c -> c.check(true).percentage(p -> p > 3));
    }

    /**
     * Reversals travel: no confirmed pair still stands on units the registry revoked or whose
     * authorization was revoked, also when the registry revokes part of a paired block after a
     * sync; only such units are withdrawn, each withdrawal naming its cause; no block carries an
     * ITMO reference on them; the reconciliation finds nothing still paired; and the sync after
     * that sends nothing.
     */
    @Property(tries = 300)
    void reversalsTravel(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var paired = world.standing().stream().filter(StoredPair::confirmed).flatMap(p -> world.holding(p.pair().underlyingRegistry(),
                p.pair().issuance(), p.pair().units()).stream().filter(b -> b.status() != BlockStatus.REVOKED)
                .map(b -> java.util.Map.entry(b, b.range().intersection(p.pair().units()).orElseThrow()))).findFirst();
        paired.ifPresent(later -> {
            var units = later.getValue();
            world.revoke(later.getKey(), SerialRange.of(units.start() + units.quantity() / 3, units.end() - units.quantity() / 3));
            world.sync();
        });
        Statistics.label("withdrawn for units revoked at the registry")
                .collect(world.withdrawn.stream().anyMatch(w -> w.cause().startsWith("units ")));
        Statistics.label("withdrawn for a revoked authorization")
                .collect(world.withdrawn.stream().anyMatch(w -> w.cause().startsWith("authorization ")));

        for (StoredPair standing : world.standing()) {
            var authorization = authorization(world, standing);
            if (standing.confirmed()) {
                assertThat(authorization.status()).as("seed %d: %s stands under a revoked authorization", registry.seed(), standing)
                        .isEqualTo(AuthorizationStatus.ACTIVE);
                assertThat(holding(world, standing)).as("seed %d: %s stands on revoked units", registry.seed(), standing)
                        .noneMatch(b -> b.status() == BlockStatus.REVOKED);
            }
        }
        for (var w : world.withdrawn) {
            var units = w.part().units();
            var blocks = world.holding(w.part().underlyingRegistry(), w.part().issuance(), units);
            if (w.cause().startsWith("authorization ")) {
                assertThat(w.cause()).as("seed %d", registry.seed()).startsWith("authorization " + w.authorizationId() + " revoked");
                assertThat(world.registry.authorizations()).anyMatch(a -> a.authorizationId().equals(w.authorizationId())
                        && a.status() == AuthorizationStatus.REVOKED);
            } else {
                // An ITMO is never split: each withdrawn ITMO stands for some revoked unit (all of them at one unit an ITMO).
                for (long unit = units.start(); unit <= units.end(); unit += w.part().unitsPerItmo()) {
                    var itmoUnits = SerialRange.ofQuantity(unit, w.part().unitsPerItmo());
                    var held = world.holding(w.part().underlyingRegistry(), w.part().issuance(), itmoUnits);
                    assertThat(held).as("seed %d: %s withdrawn but not revoked", registry.seed(), w)
                            .anyMatch(b -> b.status() == BlockStatus.REVOKED);
                    if (w.part().unitsPerItmo() == 1) {
                        assertThat(held).allMatch(b -> b.status() == BlockStatus.REVOKED);
                    }
                }
                assertThat(w.cause()).as("seed %d", registry.seed()).matches("units \\d+-\\d+ revoked at the registry, block .+ version \\d+");
            }
            assertThat(blocks).as("seed %d: reference left on withdrawn %s", registry.seed(), units).allMatch(b -> b.itmoReference() == null);
        }
        assertThat(world.blocks).as("seed %d: revoked blocks keep no reference", registry.seed())
                .noneMatch(b -> b.status() == BlockStatus.REVOKED && b.itmoReference() != null);
        assertThat(of(world.reconcile(), DiscrepancyType.REVOKED_STILL_PAIRED)).as("seed %d", registry.seed()).isEmpty();
        assertThat(world.sync()).as("seed %d: the sync after", registry.seed()).isZero();
        Statistics.label("withdrawn for units revoked at the registry").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("withdrawn for a revoked authorization").coverage(c -> c.check(true).percentage(p -> p > 3));
    }

    /**
     * Micro-credits reach the report: kilogram units become ITMOs of one tonne only under a declared
     * conversion that agrees with their unit size, each ITMO standing for 1,000 units; per block no
     * more ITMOs than its whole tonnes (all of them when nothing else holds the block back), and the
     * units left over are held back with their exact quantity, never rounded. Undeclared or
     * mis-declared, no kilogram unit is minted. The ITMOs' t CO2e is their count.
     */
    @Property(tries = 300)
    void microCreditsBecomeWholeTonneItmosOnlyUnderADeclaredConversion(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var ratio = Oracle.kilogramsAnItmo(registry);
        var kilograms = registry.blocks().stream().filter(b -> b.program().equals(ForeignRegistry.KILOGRAM_PROGRAM)).toList();
        var mintedKg = world.minted.stream().filter(p -> p.pair().underlyingRegistry().equals(ForeignRegistry.KILOGRAM_PROGRAM))
                .toList();
        var remainders = world.heldBack.stream().filter(h -> h.reason() == HeldBackReason.REMAINDER_BELOW_ONE_TONNE).toList();
        Statistics.label("kilogram ITMOs minted").collect(!mintedKg.isEmpty());
        Statistics.label("remainder held back").collect(!remainders.isEmpty());
        Statistics.label("no conversion: held back").collect(registry.conversions().isEmpty() && world.heldBack.stream()
                .anyMatch(h -> h.reason() == HeldBackReason.UNIT_NOT_ONE_TONNE));
        Statistics.label("conversion disagrees: held back").collect(world.heldBack.stream()
                .anyMatch(h -> h.reason() == HeldBackReason.CONVERSION_DISAGREES));

        if (ratio.isEmpty()) {
            assertThat(mintedKg).as("kilograms minted without a conversion agreeing with their unit size").isEmpty();
            assertThat(remainders).isEmpty();
        }
        for (StoredPair p : mintedKg) {
            assertThat(p.pair().unitsPerItmo()).isEqualTo(ratio.getAsLong());
            assertThat(p.pair().units().quantity()).isEqualTo(p.pair().itmo().quantity() * ratio.getAsLong());
            // t CO2e of the ITMOs = their count = the exact t CO2e of the units behind them
            assertThat(ForeignRegistry.KILOGRAM.multiply(java.math.BigDecimal.valueOf(p.pair().units().quantity())))
                    .isEqualByComparingTo(java.math.BigDecimal.valueOf(p.pair().itmo().quantity()));
        }
        var authorization = registry.authorizations().stream()
                .filter(a -> a.coveredActivities().get(0).registry().equals(ForeignRegistry.KILOGRAM_PROGRAM)).findFirst().orElseThrow();
        for (BlockRecord block : kilograms) {
            long minted = mintedKg.stream().filter(p -> p.pair().issuance().equals(block.issuanceId()))
                    .flatMap(p -> p.pair().units().intersection(block.range()).stream()).mapToLong(SerialRange::quantity).sum();
            assertThat(minted).as("units minted of %s", block).isLessThanOrEqualTo(Oracle.wholeTonnes(block.quantity()));
            var left = remainders.stream().filter(h -> h.subject().split(" ")[1].equals(block.issuanceId())
                    && heldUnits(h).overlaps(block.range())).toList();
            for (HeldBack h : left) {
                long units = heldUnits(h).quantity();
                assertThat(units).as("a remainder is less than one ITMO").isLessThan(1_000);
                assertThat(h.detail()).contains(units + " units of 0.001 t CO2e = "
                        + ForeignRegistry.KILOGRAM.multiply(java.math.BigDecimal.valueOf(units)).stripTrailingZeros().toPlainString()
                        + " t CO2e");
            }
            boolean wholeBlockDue = ratio.isPresent() && block.status() == BlockStatus.ISSUED
                    && authorization.firstTransferDefinition() != org.a6gateway.nationalrecords.FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER;
            if (wholeBlockDue) {
                assertThat(minted).as("units minted of %s", block).isEqualTo(Oracle.wholeTonnes(block.quantity()));
                assertThat(left.stream().mapToLong(h -> heldUnits(h).quantity()).sum()).as("remainder of %s: %s", block, left)
                        .isEqualTo(block.quantity() - minted);
            }
        }

        Statistics.label("kilogram ITMOs minted").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("remainder held back").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("no conversion: held back").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("conversion disagrees: held back").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    private static SerialRange heldUnits(HeldBack held) {
        var range = held.subject().split(" ")[2].split("-");
        return SerialRange.of(Long.parseLong(range[0]), Long.parseLong(range[1]));
    }

    /**
     * One serial, one block: whatever the spacing and the letter case of its country code, a serial
     * reads, keeps its original text and normalises to text that reads as the same units.
     */
    @Property(tries = 300)
    void serialTextIsNormalisedAndTheOriginalKept(@ForAll("registries") ForeignRegistry registry) {
        for (BlockRecord block : registry.blocks()) {
            var serial = Serials.parse(block.serial());
            assertThat(serial.original()).isEqualTo(block.serial());
            assertThat(serial.country()).isEqualTo(block.hostCountry());
            var normalised = Serials.parse(serial.normalised());
            assertThat(normalised.range()).isEqualTo(block.range());
            assertThat(normalised.original()).isEqualTo(serial.normalised()).doesNotStartWith(" ").doesNotEndWith(" ")
                    .contains(block.hostCountry());
        }
    }

    /** The blocks a held-back ITMO record names ("program issuance first-last"). */
    private static List<BlockRecord> heldBlocks(ForeignWorld world, HeldBack held) {
        var parts = held.subject().split(" ");
        var range = parts[2].split("-");
        return world.holding(parts[0], parts[1], SerialRange.of(Long.parseLong(range[0]), Long.parseLong(range[1])));
    }

    private record Shared(String registry, String issuance, SerialRange units) {
    }

    /** The units two of these pairs stand for. */
    private static List<Shared> shared(List<StoredPair> pairs) {
        var shared = new java.util.ArrayList<Shared>();
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                var a = pairs.get(i).pair();
                var b = pairs.get(j).pair();
                if (a.underlyingRegistry().equals(b.underlyingRegistry()) && a.issuance().equals(b.issuance())) {
                    a.units().intersection(b.units()).ifPresent(u -> shared.add(new Shared(a.underlyingRegistry(), a.issuance(), u)));
                }
            }
        }
        return shared;
    }

    private static List<Shared> contested(ForeignRegistry registry, BlockRecord block, SerialRange units) {
        return shared(registry.nationalPairs()).stream().filter(s -> s.registry().equals(block.program())
                && s.issuance().equals(block.issuanceId()) && s.units().overlaps(block.range())).toList();
    }

    private static boolean holds(StoredPair pair, ItmoIdentifier id) {
        var itmo = pair.pair().itmo();
        return itmo.first().sameSeries(id) && itmo.first().serial().compareTo(id.serial()) <= 0
                && itmo.last().serial().compareTo(id.serial()) >= 0;
    }

    private static boolean adjustedByTheGateway(BlockRecord block) {
        return block.labels().stream().anyMatch(l -> l.code().equals(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name())
                && appliedByTheGateway(l));
    }

    /** Some adjustment names ITMOs that some pair maps onto the block's units. */
    private static boolean namedByAnAdjustment(ForeignWorld world, BlockRecord block) {
        for (var report : world.registry.adjustments()) {
            var first = ItmoIdentifier.parse(report.firstItmoId());
            var last = ItmoIdentifier.parse(report.lastItmoId());
            for (StoredPair pair : world.pairs) {
                var itmo = pair.pair().itmo();
                if (!itmo.first().sameSeries(first) || !pair.pair().underlyingRegistry().equals(block.program())
                        || !pair.pair().issuance().equals(block.issuanceId())) {
                    continue;
                }
                var from = first.serial().max(itmo.first().serial());
                var to = last.serial().min(itmo.last().serial());
                if (from.compareTo(to) <= 0 && SerialRange.of(Oracle.unitOf(pair, from), Oracle.unitOf(pair, to)).contains(block.range())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean labelledForAnActiveAuthorization(ForeignWorld world, BlockRecord block) {
        return world.authorizationOf(block).filter(a -> a.status() == AuthorizationStatus.ACTIVE)
                .filter(a -> AuthorizedUses.carriesAllowedLabel(block, a)).isPresent();
    }

    /** Claimed against every authorization covering the block (or none covers it): the reconciliation's view. */
    private static boolean claimedUnderAny(ForeignWorld world, BlockRecord block) {
        var structured = world.registry.structuredUse(block);
        var covering = world.registry.authorizations().stream()
                .filter(a -> a.covers(block.program(), block.projectId(), block.hostCountry())).toList();
        return Oracle.retiredFor(block, structured).isPresent() && covering.stream().allMatch(a -> Oracle.claimed(block, structured, a));
    }

    private static boolean appliedByTheGateway(BlockLabel label) {
        return label.authorizationId() != null && ForeignWorld.WORDS.texts().containsValue(label.text());
    }

    private static boolean carries(BlockRecord block, String code) {
        return block.labels().stream().anyMatch(l -> l.code().equals(code));
    }

    private static AuthorizationRecord authorization(ForeignWorld world, StoredPair pair) {
        return world.registry.authorizations().stream().filter(a -> a.authorizationId().equals(pair.authorizationId()))
                .findFirst().orElseThrow();
    }

    private static List<BlockRecord> holding(ForeignWorld world, StoredPair pair) {
        return world.holding(pair.pair().underlyingRegistry(), pair.pair().issuance(), pair.pair().units());
    }

    private static List<Discrepancy> of(List<Discrepancy> found, DiscrepancyType type) {
        return found.stream().filter(d -> d.type() == type).toList();
    }

    /** The finding is on some of these units (Verra's are numbered registry-wide: no issuance). */
    private static boolean on(Discrepancy d, String program, String issuance, SerialRange units) {
        boolean sameScope = d.registry().equals(program) && (Objects.equals(d.issuance(), issuance)
                || d.issuance() == null && Reconciler.GLOBALLY_NUMBERED.contains(program));
        return sameScope && d.units().overlaps(units);
    }
}
