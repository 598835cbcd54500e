package org.a6gateway.foreign;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * The rules as the properties expect them, written out again here and not borrowed from the
 * gateway: a property whose expectation came from the code under test could not fail when that
 * code breaks.
 */
final class Oracle {

    /** What each label states a use for, and the purposes any one of which allows it. */
    private static final Map<String, Set<Purpose>> LABEL_ALLOWED_BY = Map.of(
            "A6_AUTHORIZED_NDC", EnumSet.of(Purpose.NDC),
            "A6_AUTHORIZED_IMP", EnumSet.of(Purpose.IMP, Purpose.OIMP),
            "A6_AUTHORIZED_OP", EnumSet.of(Purpose.OP),
            "CORSIA_ELIGIBLE", EnumSet.of(Purpose.IMP, Purpose.OIMP));

    /** The generator's words and what they say, as the default mapping must read them. */
    static final Map<String, RetirementUse> WORDS = Map.of(
            "Voluntary claim", RetirementUse.VOLUNTARY_CLAIM,
            "offset of company travel", RetirementUse.UNSPECIFIED,
            "retired on behalf of ACME Ltd", RetirementUse.UNSPECIFIED,
            "", RetirementUse.UNSPECIFIED,
            "carbon neutral product line", RetirementUse.VOLUNTARY_CLAIM,
            "CORSIA first phase", RetirementUse.CORSIA,
            "use towards the host's NDC", RetirementUse.NDC,
            "other international mitigation purposes (OIMP)", RetirementUse.OIMP);

    private static final Set<String> ARTICLE_6 = Set.of("A6_AUTHORIZED_NDC", "A6_AUTHORIZED_IMP", "A6_AUTHORIZED_OP");

    private Oracle() {
    }

    /** The label states a use the authorization does not allow. */
    static boolean outsidePurposes(BlockLabel label, AuthorizationRecord a) {
        var allowedBy = LABEL_ALLOWED_BY.get(label.code());
        return allowedBy != null && allowedBy.stream().noneMatch(a.purposes()::contains);
    }

    static boolean carriesLabelOutsidePurposes(BlockRecord block, AuthorizationRecord a) {
        return block.labels().stream().anyMatch(l -> outsidePurposes(l, a));
    }

    /** The vintage period: the dates when both are given, else the whole year, else none. */
    static Optional<LocalDate[]> period(BlockRecord block) {
        if (block.vintageStart() != null && block.vintageEnd() != null) {
            return Optional.of(new LocalDate[] {block.vintageStart(), block.vintageEnd()});
        }
        if (block.vintageYear() != null) {
            return Optional.of(new LocalDate[] {LocalDate.of(block.vintageYear(), 1, 1), LocalDate.of(block.vintageYear(), 12, 31)});
        }
        return Optional.empty();
    }

    /** All of the vintage period inside the authorized vintage years and mitigation dates. */
    static boolean insideTimeframe(BlockRecord block, AuthorizationRecord a) {
        return period(block).filter(p -> (a.vintageFrom() == null || p[0].getYear() >= a.vintageFrom())
                && (a.vintageTo() == null || p[1].getYear() <= a.vintageTo())
                && (a.mitigationFrom() == null || !p[0].isBefore(a.mitigationFrom()))
                && (a.mitigationTo() == null || !p[1].isAfter(a.mitigationTo()))).isPresent();
    }

    /** The use the retirement states: its structured use when the registry gave one, else its words. */
    static Optional<RetirementUse> retiredFor(BlockRecord block, RetirementUse structured) {
        var r = block.retirement();
        if (r == null) {
            return block.status() == BlockStatus.RETIRED || block.status() == BlockStatus.CANCELLED
                    ? Optional.of(RetirementUse.UNSPECIFIED) : Optional.empty();
        }
        if (structured != null) {
            return Optional.of(structured);
        }
        return Optional.of(r.purpose() == null ? RetirementUse.UNSPECIFIED : WORDS.getOrDefault(r.purpose(), RetirementUse.UNSPECIFIED));
    }

    /** Retired or cancelled for no use the authorization allows. */
    static boolean claimed(BlockRecord block, RetirementUse structured, AuthorizationRecord a) {
        return retiredFor(block, structured).filter(use -> !allows(a, use)).isPresent();
    }

    /** The unit an ITMO of the pair stands for: the pair's order, whatever the numbering. */
    static long unitOf(StoredPair pair, ItmoIdentifier id) {
        return unitOf(pair, id.serial());
    }

    static long unitOf(StoredPair pair, BigInteger serial) {
        return pair.pair().units().start()
                + serial.subtract(pair.pair().itmo().first().serial()).longValueExact() * pair.pair().unitsPerItmo();
    }

    /**
     * Kilogram units an ITMO under the world's declaration, when it makes exactly one tonne of
     * 0.001 t units (1,000); empty when nothing is declared or the declaration disagrees.
     */
    static java.util.OptionalLong kilogramsAnItmo(ForeignRegistry registry) {
        Long declared = registry.conversions().getOrDefault(ForeignRegistry.KILOGRAM_PROGRAM, java.util.Map.of())
                .get(ForeignRegistry.KILOGRAM_UNIT);
        return declared != null && ForeignRegistry.KILOGRAM.multiply(java.math.BigDecimal.valueOf(declared))
                .compareTo(java.math.BigDecimal.ONE) == 0 ? java.util.OptionalLong.of(declared) : java.util.OptionalLong.empty();
    }

    /** The units of {@code units} that make whole tonnes of kilograms: the rest is never an ITMO. */
    static long wholeTonnes(long units) {
        return units - units % 1_000;
    }

    /**
     * The block may carry the CA label for ITMOs of the pair: their authorization is active and
     * covers it, it carries an allowed Article 6 label of that authorization or of no one, none for
     * a use not allowed, its vintage inside the timeframe, not revoked, not claimed; caps are left
     * out (their order across issuances is a check of its own).
     */
    static boolean mayBeAdjusted(ForeignWorld world, BlockRecord block, StoredPair pair) {
        var a = world.registry.authorizations().stream().filter(x -> x.authorizationId().equals(pair.authorizationId()))
                .findFirst().orElse(null);
        return a != null && a.status() == AuthorizationStatus.ACTIVE && a.quantityCap() == null
                && a.covers(block.program(), block.projectId(), block.hostCountry()) && block.status() != BlockStatus.REVOKED
                && insideTimeframe(block, a) && !carriesLabelOutsidePurposes(block, a)
                && !claimed(block, world.registry.structuredUse(block), a)
                && block.labels().stream().anyMatch(l -> ARTICLE_6.contains(l.code()) && !outsidePurposes(l, a)
                        && (l.authorizationId() == null || l.authorizationId().equals(a.authorizationId())));
    }

    /**
     * The authorization Table 4 reports the block's units under: one covering its project and
     * host, active, its vintage period inside the timeframe.
     */
    static Optional<AuthorizationRecord> reportedUnder(ForeignRegistry registry, BlockRecord block) {
        return registry.authorizations().stream().filter(a -> a.covers(block.program(), block.projectId(), block.hostCountry())
                && a.status() == AuthorizationStatus.ACTIVE && insideTimeframe(block, a)).findFirst();
    }

    /** Where a serial names one unit: an issuance of a program, or Verra's whole program. */
    static String scope(String program, String issuance) {
        return program.equals("VCS") ? program : program + " " + issuance;
    }

    /** The units of these ranges per scope, each once: overlapping and adjacent ranges merged, in order. */
    static Map<String, List<SerialRange>> once(Map<String, List<SerialRange>> ranges) {
        var merged = new TreeMap<String, List<SerialRange>>();
        ranges.forEach((scope, list) -> {
            var sorted = list.stream().sorted(Comparator.comparingLong(SerialRange::start)).toList();
            var out = new ArrayList<SerialRange>();
            for (SerialRange r : sorted) {
                var last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && r.start() <= last.end() + 1) {
                    out.set(out.size() - 1, SerialRange.of(last.start(), Math.max(last.end(), r.end())));
                } else {
                    out.add(r);
                }
            }
            merged.put(scope, List.copyOf(out));
        });
        return merged;
    }

    static Map<String, List<SerialRange>> byScope(Collection<BlockRecord> blocks) {
        return blocks.stream().collect(Collectors.groupingBy(b -> scope(b.program(), b.issuanceId()),
                Collectors.mapping(BlockRecord::range, Collectors.toList())));
    }

    /** The t CO2e of these units, each scope's at the unit size of its blocks (one size an issuance). */
    static BigDecimal tonnes(Map<String, List<SerialRange>> ranges, Collection<BlockRecord> blocks) {
        var size = blocks.stream().collect(Collectors.toMap(b -> scope(b.program(), b.issuanceId()), BlockRecord::unitSize,
                (a, b) -> a));
        return ranges.entrySet().stream().map(e -> size.get(e.getKey()).multiply(BigDecimal.valueOf(
                e.getValue().stream().mapToLong(SerialRange::quantity).sum()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static long units(Map<String, List<SerialRange>> ranges) {
        return ranges.values().stream().flatMap(List::stream).mapToLong(SerialRange::quantity).sum();
    }

    static boolean allows(AuthorizationRecord a, RetirementUse use) {
        var p = a.purposes();
        return switch (use) {
            case NDC -> p.contains(Purpose.NDC);
            case CORSIA -> p.contains(Purpose.IMP) || p.contains(Purpose.OIMP);
            case OIMP -> p.contains(Purpose.OIMP) || p.contains(Purpose.IMP) && p.contains(Purpose.OP);
            case VOLUNTARY_CLAIM, UNSPECIFIED -> false;
        };
    }
}
