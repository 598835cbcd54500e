package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.authorization.LabelDecisions;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * Invariants 1–3 of docs/domain.md §7 over random histories: an authorization amended, narrowed,
 * capped and revoked; units retired for claims good and bad; first-transfer actions; BTR
 * adjustments for any ITMO range — with a sync (labels, then ITMO ids, then CA flags, each
 * applied the way a registry applies them, splitting blocks) after any event. After every sync:
 * <ol>
 *   <li>no unit is in two blocks, in two ITMO pairs, and no ITMO is in two pairs;</li>
 *   <li>every "correspondingly adjusted" unit carries an authorized label of the active
 *       authorization, has an ITMO pair, and a reported adjustment names its ITMO;</li>
 *   <li>every authorized label is one of the active authorization's purposes, on a vintage
 *       inside its range, and the labelled tonnes stay within its cap.</li>
 * </ol>
 */
class InvariantsProperties {

    private static final String AUTHORIZATION = "MDG-VCS-9001";
    private static final LabelVocabulary WORDS = LabelVocabulary.VERRA;

    sealed interface Event permits Amend, Retire, Transfer, Adjust, Sync {
    }

    record Amend(AuthorizationStatus status, Set<Purpose> purposes, Long cap, int vintageFrom, int vintageTo,
                 FirstTransferDefinition definition) implements Event {
    }

    record Retire(int block, boolean voluntary) implements Event {
    }

    record Transfer(String issuance, long start, long quantity) implements Event {
    }

    record Adjust(String issuance, long start, long quantity) implements Event {
    }

    record Sync() implements Event {
    }

    @Property(tries = 300)
    void noHistoryBreaksInvariantsOneToThree(@ForAll("histories") List<Event> history) {
        var world = new World();
        for (Event event : history) {
            world.apply(event);
            if (event instanceof Sync) {
                world.assertInvariants();
            }
        }
        world.apply(new Sync());
        world.assertInvariants();
    }

    @Provide
    Arbitrary<List<Event>> histories() {
        Arbitrary<Event> amend = Combinators.combine(
                Arbitraries.of(AuthorizationStatus.ACTIVE, AuthorizationStatus.ACTIVE, AuthorizationStatus.REVOKED),
                Arbitraries.subsetOf(Purpose.NDC, Purpose.OIMP, Purpose.OP).ofMinSize(1),
                Arbitraries.longs().between(0, 500).injectNull(0.3),
                Arbitraries.integers().between(2020, 2022), Arbitraries.integers().between(0, 2),
                Arbitraries.of(FirstTransferDefinition.class))
                .as((status, purposes, cap, from, span, definition) -> new Amend(status, purposes, cap, from, from + span, definition));
        Arbitrary<Event> retire = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as(Retire::new);
        Arbitrary<Event> transfer = Combinators.combine(Arbitraries.of("100", "101", "102"),
                Arbitraries.longs().between(1, 240), Arbitraries.longs().between(1, 120)).as(Transfer::new);
        Arbitrary<Event> adjust = Combinators.combine(Arbitraries.of("100", "101", "102"),
                Arbitraries.longs().between(1, 240), Arbitraries.longs().between(1, 120)).as(Adjust::new);
        Arbitrary<Event> sync = Arbitraries.just(new Sync());
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, amend), net.jqwik.api.Tuple.of(2, retire), net.jqwik.api.Tuple.of(2, transfer),
                net.jqwik.api.Tuple.of(3, adjust), net.jqwik.api.Tuple.of(4, sync))
                .list().ofMinSize(1).ofMaxSize(14);
    }

    /** Both registries and the gateway's own records, in memory. */
    private static final class World {

        private final List<BlockRecord> blocks = new ArrayList<>(List.of(
                block("100", 1, 100, 2021, LocalDate.of(2022, 1, 10)),
                block("100", 101, 250, 2021, LocalDate.of(2022, 1, 10)),
                block("101", 1, 80, 2022, LocalDate.of(2023, 2, 1)),
                block("102", 1, 50, 2023, LocalDate.of(2024, 3, 1))));
        private final List<StoredPair> pairs = new ArrayList<>();
        private final List<FirstTransferAction> actions = new ArrayList<>();
        private final List<CorrespondingAdjustment> adjustments = new ArrayList<>();
        private AuthorizationRecord authorization = authorization(1, new Amend(AuthorizationStatus.ACTIVE,
                Set.of(Purpose.NDC, Purpose.OIMP), null, 2020, 2023, FirstTransferDefinition.AUTHORISATION));
        private final LabelDecisions labels = LabelDecisions.withVocabulary(WORDS);
        private final ItmoDecisions itmo = new ItmoDecisions(new ItmoMinting("01"), program -> WORDS);
        private final AdjustmentDecisions adjusting = new AdjustmentDecisions(program -> WORDS);

        void apply(Event event) {
            if (event instanceof Amend amend) {
                authorization = authorization(authorization.version() + 1, amend);
            } else if (event instanceof Retire retire) {
                retire(retire);
            } else if (event instanceof Transfer t) {
                actions.add(new FirstTransferAction("FT" + actions.size(), AUTHORIZATION, "VCS", t.issuance(),
                        SerialRange.ofQuantity(t.start(), t.quantity()), LocalDate.of(2026, 1, 1)));
            } else if (event instanceof Adjust a) {
                adjustments.add(adjustment(a));
            } else {
                sync();
            }
        }

        private void sync() {
            labels.decide(authorization, List.copyOf(blocks)).forEach(this::write);
            var paired = PairedUnits.of(pairs.stream().map(StoredPair::pair).toList());
            var minted = itmo.decide(authorization, List.copyOf(blocks), actions, paired).minted();
            // The national registry confirms every registration at once.
            minted.forEach(m -> pairs.add(new StoredPair(m.pair(), m.authorizationId(), true)));
            var byId = Map.of(AUTHORIZATION, authorization);
            for (CorrespondingAdjustment report : adjustments) {
                adjusting.decide(report, PairsBySeries.of(pairs), byId, a -> List.copyOf(blocks)).labels().forEach(this::write);
            }
        }

        /** A registry's range write: the blocks the range covers are split at its edges, then changed. */
        private void write(LabelCommand command) {
            var touched = blocks.stream().filter(b -> b.issuanceId().equals(command.issuanceId()) && b.range().overlaps(command.range()))
                    .toList();
            for (BlockRecord block : touched) {
                blocks.remove(block);
                var whole = block.range();
                whole.subtract(command.range()).forEach(outside -> blocks.add(withRange(block, outside, block.labels())));
                var inside = whole.intersection(command.range()).orElseThrow();
                var labelsInside = new ArrayList<>(block.labels());
                boolean carries = labelsInside.stream().anyMatch(l -> l.code().equals(command.code().name()));
                if (command.action() == LabelCommand.Action.REMOVE) {
                    labelsInside.removeIf(l -> l.code().equals(command.code().name()));
                } else if (!carries) {
                    labelsInside.add(new BlockLabel(command.code().name(), command.text(), command.authorizationId()));
                }
                blocks.add(withRange(block, inside, labelsInside));
            }
        }

        private void retire(Retire retire) {
            var sorted = blocks.stream().sorted(Comparator.comparing(BlockRecord::issuanceId)
                    .thenComparingLong(BlockRecord::blockStart)).toList();
            var block = sorted.get(retire.block() % sorted.size());
            blocks.remove(block);
            var retirement = new BlockRecord.Retirement(LocalDate.of(2026, 2, 1),
                    retire.voluntary() ? "Voluntary claim" : "CORSIA offsetting", "beneficiary");
            blocks.add(copy(block, block.range(), block.labels(), BlockStatus.RETIRED, retirement));
        }

        private CorrespondingAdjustment adjustment(Adjust a) {
            int vintage = blocks.stream().filter(b -> b.issuanceId().equals(a.issuance())).findFirst().orElseThrow().vintageYear();
            var pair = ItmoPair.mint("CA0043", "MDG01", "MDG", vintage, "VCS", a.issuance(), SerialRange.ofQuantity(a.start(), a.quantity()));
            return new CorrespondingAdjustment("BTR-" + adjustments.size(), "MDG", 2026, LocalDate.of(2026, 10, 1),
                    pair.itmo().first().toString(), pair.itmo().last().toString(), a.quantity());
        }

        void assertInvariants() {
            assertNoUnitTwice();
            assertAdjustedOnlyWhenAuthorizedTransferredAndReported();
            assertLabelsMatchTheAuthorization();
        }

        private void assertNoUnitTwice() {
            var byIssuance = blocks.stream().collect(Collectors.groupingBy(BlockRecord::issuanceId));
            byIssuance.values().forEach(list -> assertDisjoint(list.stream().map(BlockRecord::range).toList()));
            var pairsByIssuance = pairs.stream().collect(Collectors.groupingBy(p -> p.pair().issuance()));
            pairsByIssuance.values().forEach(list -> assertDisjoint(list.stream().map(p -> p.pair().units()).toList()));
            for (StoredPair a : pairs) {
                for (StoredPair b : pairs) {
                    if (a != b && a.pair().itmo().first().sameSeries(b.pair().itmo().first())) {
                        assertThat(a.pair().itmo().last().serial().compareTo(b.pair().itmo().first().serial()) < 0
                                || b.pair().itmo().last().serial().compareTo(a.pair().itmo().first().serial()) < 0)
                                .as("ITMO blocks %s and %s overlap", a.pair().itmo(), b.pair().itmo()).isTrue();
                    }
                }
            }
        }

        private void assertAdjustedOnlyWhenAuthorizedTransferredAndReported() {
            for (BlockRecord block : blocks) {
                if (!AdjustmentDecisions.carriesAdjustedLabel(block)) {
                    continue;
                }
                assertThat(authorization.status()).as("adjusted under a revoked authorization").isEqualTo(AuthorizationStatus.ACTIVE);
                assertThat(AuthorizedUses.carriesAllowedLabel(block, authorization)).as("adjusted but not authorized: %s", block).isTrue();
                for (long unit = block.blockStart(); unit <= block.blockEnd(); unit++) {
                    long u = unit;
                    var pair = pairs.stream().filter(p -> p.pair().issuance().equals(block.issuanceId())
                            && p.pair().units().contains(u)).findFirst();
                    assertThat(pair).as("adjusted unit %d of issuance %s has no ITMO pair", u, block.issuanceId()).isPresent();
                    var itmo = pair.get().pair().itmo().first().plus(u - pair.get().pair().units().start());
                    assertThat(adjustments.stream().anyMatch(r -> reports(r, itmo)))
                            .as("no adjustment reported ITMO %s", itmo).isTrue();
                }
            }
        }

        private void assertLabelsMatchTheAuthorization() {
            var wanted = authorization.status() == AuthorizationStatus.ACTIVE
                    ? authorization.purposes().stream().map(LabelCode::forPurpose).collect(Collectors.toSet()) : Set.<LabelCode>of();
            // Each unit once: the same units under a second block id take the cap once.
            var labelledUnits = new java.util.TreeMap<String, List<BlockRecord>>();
            for (BlockRecord block : blocks) {
                var authorized = block.labels().stream()
                        .filter(l -> LabelCode.AUTHORIZED.stream().anyMatch(c -> c.name().equals(l.code()))).toList();
                if (authorized.isEmpty()) {
                    continue;
                }
                authorized.forEach(l -> assertThat(wanted).as("label %s on %s", l.code(), block).contains(LabelCode.valueOf(l.code())));
                assertThat(block.vintageYear()).isBetween(authorization.vintageFrom(), authorization.vintageTo());
                labelledUnits.computeIfAbsent(block.program().equals("VCS") ? "VCS" : block.program() + " " + block.issuanceId(),
                        k -> new ArrayList<>()).add(block);
            }
            if (authorization.quantityCap() != null) {
                assertThat(labelledUnits.values().stream().map(World::tonnesOnce).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isLessThanOrEqualTo(BigDecimal.valueOf(authorization.quantityCap()));
            }
        }

        /** The t CO2e of the units these blocks of one scope (Verra numbers units across issuances) hold, each unit once. */
        private static BigDecimal tonnesOnce(List<BlockRecord> blocks) {
            BigDecimal tonnes = BigDecimal.ZERO;
            long countedUpTo = -1;
            for (BlockRecord b : blocks.stream().sorted(Comparator.comparingLong(BlockRecord::blockStart)).toList()) {
                long from = Math.max(b.blockStart(), countedUpTo + 1);
                if (from <= b.blockEnd()) {
                    tonnes = tonnes.add(b.unitSize().multiply(BigDecimal.valueOf(b.blockEnd() - from + 1)));
                    countedUpTo = b.blockEnd();
                }
            }
            return tonnes;
        }

        private static boolean reports(CorrespondingAdjustment report, org.a6gateway.units.ItmoIdentifier itmo) {
            var first = org.a6gateway.units.ItmoIdentifier.parse(report.firstItmoId());
            var last = org.a6gateway.units.ItmoIdentifier.parse(report.lastItmoId());
            return first.sameSeries(itmo) && first.serial().compareTo(itmo.serial()) <= 0 && last.serial().compareTo(itmo.serial()) >= 0;
        }

        private static void assertDisjoint(List<SerialRange> ranges) {
            var sorted = ranges.stream().sorted(Comparator.comparingLong(SerialRange::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i - 1).end()).as("%s and %s overlap", sorted.get(i - 1), sorted.get(i))
                        .isLessThan(sorted.get(i).start());
            }
        }

        private static AuthorizationRecord authorization(int version, Amend a) {
            return new AuthorizationRecord("national-registry", AUTHORIZATION, version, a.status(), "MDG",
                    LocalDate.of(2025, 1, 1), 2025, "CA0043", true, a.cap(), "GHG", null, null, EnumSet.copyOf(a.purposes()),
                    null, a.definition(), a.vintageFrom(), a.vintageTo(), null, null, null, null, null, null, null, null,
                    null, null, List.of(new CoveredActivity("VCS", "9001", "MG")), false);
        }

        private static BlockRecord block(String issuance, long start, long end, int vintage, LocalDate issued) {
            return new BlockRecord("vcm-registry", "VCS-" + issuance + "-" + start, 1, issuance + "-" + start + "-" + end,
                    "VCS", "VCU", "9001", null, "MG", vintage, LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31),
                    issuance, issued, start, end, BigDecimal.ONE, BlockStatus.ISSUED, "holder", null, List.of(), null);
        }

        private static BlockRecord withRange(BlockRecord b, SerialRange range, List<BlockLabel> labels) {
            return copy(b, range, labels, b.status(), b.retirement());
        }

        private static BlockRecord copy(BlockRecord b, SerialRange range, List<BlockLabel> labels, BlockStatus status,
                                        BlockRecord.Retirement retirement) {
            return new BlockRecord(b.sourceRegistry(), b.issuanceId() + "-" + range.start(), b.sourceVersion() + 1,
                    b.serial(), b.program(), b.unitType(), b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(),
                    b.vintageStart(), b.vintageEnd(), b.issuanceId(), b.issuanceDate(), range.start(), range.end(),
                    b.unitSize(), status, b.holderAccount(), retirement, labels, b.itmoReference());
        }
    }
}
