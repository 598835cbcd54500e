package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.LabelCode;

/**
 * The checks on one stretch of units, where the same private blocks, national records and
 * ledger expectations apply; and, when a national record closes, the checks on its totals.
 */
final class SegmentChecks implements Sweep.Listener {

    private final Findings findings;
    private final AuthorizationIndex authorizations;
    private final Map<Span, Coverage> coverage = new IdentityHashMap<>();

    /** What the private side holds under a national record with a stated quantity, summed over its segments. */
    private static final class Coverage {
        long unitsHeld;
        BigDecimal tonnesHeld = BigDecimal.ZERO;
        boolean otherUnitSize;
    }

    SegmentChecks(Findings findings, AuthorizationIndex authorizations) {
        this.findings = findings;
        this.authorizations = authorizations;
    }

    @Override
    public void segment(Segment segment) {
        var blocks = segment.all(PrivateBlock.class);
        var ctx = new Context(segment, blocks, segment.all(NationalPair.class).stream().filter(NationalPair::confirmed).toList(),
                segment.all(NationalAction.class), segment.all(NationalAdjustment.class));
        unconfirmedPairs(ctx);
        revokedAuthorizationPairs(ctx);
        if (blocks.isEmpty()) {
            nothingOnThePrivateSide(ctx);
            return;
        }
        if (blocks.size() > 1) {
            overlap(ctx);
        }
        twoItmoIds(ctx);
        adjustedBeforeFirstTransfer(ctx);
        for (PrivateBlock block : blocks) {
            new BlockSegmentChecks(ctx, block, findings).run();
        }
        if (blocks.size() == 1) {
            cover(ctx, blocks.get(0).block());
        }
    }

    @Override
    public void closed(Span span) {
        var held = coverage.remove(span);
        if (held == null || held.otherUnitSize || held.unitsHeld != span.units().quantity()
                || span instanceof NationalAdjustment part && !part.whole()) {
            return;
        }
        long stated = span instanceof NationalAction a ? a.action().quantity() : ((NationalAdjustment) span).adjustment().quantity();
        if (BigDecimal.valueOf(stated).compareTo(held.tonnesHeld) != 0) {
            findings.add(DiscrepancyType.QUANTITY_DRIFT, span.scope(), span.units(), held.tonnesHeld, span.subject(),
                    held.tonnesHeld.toPlainString() + " t in " + span.units().quantity() + " units",
                    stated + " t stated by " + span.subject());
        }
    }

    record Context(Segment segment, List<PrivateBlock> blocks, List<NationalPair> pairs, List<NationalAction> actions,
                   List<NationalAdjustment> adjustments) {

        BigDecimal tonnes() {
            var size = blocks.size() == 1 ? blocks.get(0).block().unitSize() : BigDecimal.ONE;
            return size.multiply(BigDecimal.valueOf(segment.units().quantity()));
        }

        Stream<Span> national() {
            return Stream.of(pairs.stream(), actions.stream(), adjustments.stream()).flatMap(s -> s);
        }

        String nationalSubjects() {
            return national().map(Span::subject).distinct().sorted().collect(Collectors.joining(", "));
        }
    }

    private void add(Context ctx, DiscrepancyType type, String subject, String privateValue, String nationalValue) {
        findings.add(type, ctx.segment().scope(), ctx.segment().units(), ctx.tonnes(), subject, privateValue, nationalValue);
    }

    private void unconfirmedPairs(Context ctx) {
        ctx.segment().of(NationalPair.class).filter(p -> !p.confirmed()).forEach(p -> add(ctx, DiscrepancyType.MISSING_ON_NATIONAL,
                p.subject(), "gateway ledger: pair registered, acknowledged by the national registry",
                "the national registry's feed does not show the pair"));
    }

    private void revokedAuthorizationPairs(Context ctx) {
        for (NationalPair pair : ctx.pairs()) {
            authorizations.byId(pair.stored().authorizationId()).filter(AuthorizationIndex::revoked).ifPresent(a ->
                    add(ctx, DiscrepancyType.REVOKED_STILL_PAIRED, pair.subject(), "units still paired with ITMO identifiers",
                            AuthorizationIndex.describe(a)));
        }
    }

    private void nothingOnThePrivateSide(Context ctx) {
        if (ctx.national().findAny().isPresent()) {
            add(ctx, DiscrepancyType.MISSING_ON_PRIVATE, ctx.nationalSubjects(), "no block holds these units",
                    ctx.national().map(Span::subject).distinct().sorted().collect(Collectors.joining(", ")));
        }
        ctx.segment().of(LedgerExpectation.class).forEach(e -> add(ctx, DiscrepancyType.MISSING_ON_PRIVATE, e.subject(),
                "no block holds these units", "gateway ledger: " + (e.isLabel() ? "label " + e.code() + " applied" : "ITMO reference " + e.itmoId() + " attached")));
    }

    /** Where a block is held, said only when the segment's blocks are held at more than one private registry. */
    static String heldAt(Context ctx, PrivateBlock block) {
        boolean across = ctx.blocks().stream().map(b -> b.block().sourceRegistry()).distinct().count() > 1;
        return across ? " at " + block.block().sourceRegistry() : "";
    }

    private void overlap(Context ctx) {
        var ids = ctx.blocks().stream().map(b -> b.block().blockId()).sorted().toList();
        add(ctx, DiscrepancyType.OVERLAPPING_SERIALS, "blocks " + String.join(", ", ids),
                ctx.blocks().stream().map(b -> b.block().serial() + heldAt(ctx, b)).sorted().collect(Collectors.joining(" and ")),
                ctx.pairs().isEmpty() ? "—" : ctx.nationalSubjects());
    }

    /**
     * Invariant 2 on the national side: a BTR adjustment naming units no confirmed ITMO pair stands
     * for adjusts units never first transferred. The gateway holds its label back; the order is
     * still wrong on the national registry's record, so it is reported too.
     */
    private void adjustedBeforeFirstTransfer(Context ctx) {
        if (!ctx.pairs().isEmpty()) {
            return;
        }
        ctx.adjustments().forEach(a -> add(ctx, DiscrepancyType.CA_OUT_OF_ORDER, a.subject(),
                "units not first transferred (no ITMO pair confirmed)", "adjusted by " + a.subject()));
    }

    /** Invariant 1 across both sides: the national pairs and the blocks' ITMO references name one identifier per unit. */
    private void twoItmoIds(Context ctx) {
        long unit = ctx.segment().units().start();
        var named = new TreeMap<String, String>();
        ctx.pairs().forEach(p -> named.put(p.itmoOf(unit).toString(), p.subject()));
        // A reference states no unit count of its own: it is read at the pairs' (one unit an ITMO without a pair).
        long unitsPerItmo = ctx.pairs().isEmpty() ? 1 : ctx.pairs().get(0).stored().pair().unitsPerItmo();
        for (PrivateBlock block : ctx.blocks()) {
            var reference = block.block().itmoReference();
            if (reference != null) {
                itmoAt(reference, unit, block.units().start(), unitsPerItmo)
                        .ifPresent(id -> named.putIfAbsent(id, "reference on block " + block.block().blockId()));
            }
        }
        if (named.size() > 1) {
            var sources = named.values().stream().distinct().sorted().toList();
            add(ctx, DiscrepancyType.SERIAL_UNDER_TWO_ITMO_IDS, String.join(" and ", sources),
                    sources.stream().filter(s -> s.startsWith("reference")).findFirst().orElse("—"),
                    String.join(" and ", named.keySet()) + " for unit " + unit);
        }
    }

    private static Optional<String> itmoAt(BlockRecord.ItmoReference reference, long unit, long blockStart, long unitsPerItmo) {
        try {
            return Optional.of(reference.itmoOf(unit, blockStart, unitsPerItmo).toString());
        } catch (IllegalArgumentException | ArithmeticException unreadable) {
            return Optional.empty();
        }
    }

    private void cover(Context ctx, BlockRecord block) {
        Stream.concat(ctx.actions().stream(), ctx.adjustments().stream()).forEach(span -> {
            var held = coverage.computeIfAbsent(span, s -> new Coverage());
            held.unitsHeld += ctx.segment().units().quantity();
            held.tonnesHeld = held.tonnesHeld.add(ctx.tonnes());
            held.otherUnitSize |= block.unitSize().compareTo(BigDecimal.ONE) != 0;
        });
    }

    static boolean carries(BlockRecord block, LabelCode code) {
        return block.labels().stream().map(BlockLabel::code).anyMatch(code.name()::equals);
    }

    static List<String> codes(BlockRecord block) {
        return block.labels().stream().map(BlockLabel::code).toList();
    }

    static boolean active(BlockRecord block) {
        return block.status() == BlockStatus.ISSUED || block.status() == BlockStatus.HELD;
    }
}
