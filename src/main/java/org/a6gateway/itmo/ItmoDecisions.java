package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.authorization.LabelDecisions;
import org.a6gateway.authorization.LabelPlan;
import org.a6gateway.authorization.LabelPlan.Planned;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.HeldBack.Kind;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.UnitSize;

/**
 * Decides which ITMO identifiers to mint for one authorization. Pure: the blocks are the private
 * registry's confirmed state, so only units carrying an Article 6 label of an allowed use (the
 * authorization's, or the registry's own naming none) and whose labels already agree with the
 * authorization are considered; units the authorization does not label (vintage unknown or outside
 * its timeframe, beyond its cap, revoked), units with a label for a use it does not allow and units
 * claimed by a retirement are held back, whoever labelled them. Units are minted once, ever: ranges
 * already paired (by any authorization, or by the national registry) are skipped, so every unit
 * belongs to at most one ITMO identifier (invariant 1).
 */
public final class ItmoDecisions {

    private final ItmoMinting minting;
    private final LabelDecisions labels;
    private final UnitConversions conversions;

    public ItmoDecisions(ItmoMinting minting, Function<String, LabelVocabulary> vocabularyOfProgram) {
        this(minting, vocabularyOfProgram, UnitConversions.NONE);
    }

    public ItmoDecisions(ItmoMinting minting, Function<String, LabelVocabulary> vocabularyOfProgram,
                         UnitConversions conversions) {
        this.minting = minting;
        this.labels = new LabelDecisions(vocabularyOfProgram);
        this.conversions = conversions;
    }

    /**
     * {@code actions}: the first-transfer actions recorded (those of other authorizations are
     * ignored, so a caller may pass only this one's); {@code paired}: every pair already minted,
     * the ones decided here are added to it.
     */
    public Decisions decide(AuthorizationRecord authorization, List<BlockRecord> blocks,
                            List<FirstTransferAction> actions, PairedUnits paired) {
        var decisions = new Decisions(new ArrayList<>(), new ArrayList<>());
        if (authorization.status() != AuthorizationStatus.ACTIVE) {
            return decisions;
        }
        var plan = LabelPlan.of(authorization, blocks);
        var unsettled = labels.decideOnPlan(authorization, plan);
        plan.stream()
                .filter(p -> AuthorizedUses.carriesAllowedLabel(p.block(), authorization))
                .sorted(Comparator.comparing((Planned p) -> p.block().issuanceId()).thenComparingLong(p -> p.block().blockStart()))
                .forEach(planned -> {
                    var block = planned.block();
                    if (touches(unsettled, block)) {
                        // A label change for these units is still on its way: mint on what the registry confirms.
                        unpaired(block, block.range(), paired)
                                .forEach(r -> decisions.hold(authorization, block, r, HeldBackReason.LABELS_UNSETTLED));
                    } else {
                        decideBlock(authorization, planned, actions, paired, decisions);
                    }
                });
        return decisions;
    }

    /** A label command of the authorization's current decision changes this block. */
    static boolean touches(List<LabelCommand> commands, BlockRecord block) {
        return commands.stream().anyMatch(c -> c.issuanceId().equals(block.issuanceId()) && c.program().equals(block.program())
                && c.range().overlaps(block.range()));
    }

    private void decideBlock(AuthorizationRecord authorization, Planned planned, List<FirstTransferAction> actions,
                             PairedUnits paired, Decisions decisions) {
        var block = planned.block();
        var whole = block.range();
        var unpaired = inPlan(authorization, planned, unpaired(block, whole, paired), decisions);
        if (unpaired.isEmpty()) {
            return;
        }
        var conversion = conversions.of(block);
        if (conversion.refused()) {
            unpaired.forEach(r -> decisions.hold(authorization, block, r, conversion.reason(), conversion.detail()));
            return;
        }
        var refused = refusal(authorization, block);
        if (refused != null) {
            unpaired.forEach(r -> decisions.hold(authorization, block, r, refused));
            return;
        }
        var transferred = TransferredUnits.of(authorization, block, whole, actions);
        var firstTransfer = FirstTransfers.of(authorization, block, transferred.firstDate());
        if (!firstTransfer.resolved()) {
            unpaired.forEach(r -> decisions.hold(authorization, block, r, firstTransfer.unresolved()));
            return;
        }
        for (SerialRange range : unpaired) {
            for (SerialRange part : transferred.within(range)) {
                mintWhole(authorization, block, part, conversion.unitsPerItmo(), firstTransfer, paired, decisions);
            }
            for (SerialRange gap : transferred.outside(range)) {
                decisions.hold(authorization, block, gap, HeldBackReason.NO_FIRST_INTERNATIONAL_TRANSFER);
            }
        }
    }

    /**
     * Mints the whole ITMOs of a range, from its first unit; the units left over (fewer than one
     * ITMO's worth) are held back with their exact quantity, never rounded up or down into an ITMO.
     */
    private void mintWhole(AuthorizationRecord authorization, BlockRecord block, SerialRange range, long unitsPerItmo,
                           FirstTransfer firstTransfer, PairedUnits paired, Decisions decisions) {
        long whole = range.quantity() / unitsPerItmo * unitsPerItmo;
        if (whole > 0) {
            mint(authorization, block, SerialRange.ofQuantity(range.start(), whole), unitsPerItmo, firstTransfer, paired,
                    decisions);
        }
        if (whole < range.quantity()) {
            var remainder = SerialRange.of(range.start() + whole, range.end());
            var size = new UnitSize(block.unitSize());
            decisions.hold(authorization, block, remainder, HeldBackReason.REMAINDER_BELOW_ONE_TONNE, remainder.quantity()
                    + " units of " + size + " t CO2e = " + size.tonnes(remainder) + " t CO2e, less than one ITMO of "
                    + unitsPerItmo + " units; kept as they are, never rounded");
        }
    }

    private void mint(AuthorizationRecord authorization, BlockRecord block, SerialRange range, long unitsPerItmo,
                      FirstTransfer firstTransfer, PairedUnits paired, Decisions decisions) {
        var minted = minting.mint(authorization, block, range, unitsPerItmo);
        if (minted.pair() == null) {
            decisions.heldBack().add(new HeldBack(Kind.ITMO_ID, subject(block, range), authorization.authorizationId(),
                    minted.reason(), minted.heldBackReason()));
            return;
        }
        paired.add(minted.pair());
        decisions.minted().add(new MintedPair(minted.pair(), authorization.authorizationId(), authorization.version(),
                block.blockId(), firstTransfer));
    }

    /**
     * The unpaired units the authorization labels; the others, labelled by someone else all the same
     * (the registry by itself, say), are held back with the reason the authorization does not.
     */
    private static List<SerialRange> inPlan(AuthorizationRecord authorization, Planned planned, List<SerialRange> unpaired,
                                            Decisions decisions) {
        if (planned.why() == null) {
            return unpaired;
        }
        var reason = HeldBackReason.of(planned.why());
        var labelled = planned.labelled();
        unpaired.stream().flatMap(r -> labelled.map(r::subtract).orElse(List.of(r)).stream())
                .forEach(r -> decisions.hold(authorization, planned.block(), r, reason));
        return unpaired.stream().flatMap(r -> labelled.flatMap(r::intersection).stream()).toList();
    }

    /**
     * Why none of the block's units may become ITMOs whatever their first transfer (its unit size
     * aside, which the conversions decide): a label for a use the authorization does not allow, a claim.
     */
    private static HeldBackReason refusal(AuthorizationRecord authorization, BlockRecord block) {
        if (!AuthorizedUses.outsidePurposes(block, authorization).isEmpty()) {
            return HeldBackReason.LABEL_OUTSIDE_PURPOSES;
        }
        return AuthorizedUses.claimedAgainst(block, authorization) ? HeldBackReason.VOLUNTARY_CLAIM : null;
    }

    /** The block's units no pair stands for yet. */
    private static List<SerialRange> unpaired(BlockRecord block, SerialRange whole, PairedUnits paired) {
        return paired.unpaired(block.program(), block.issuanceId(), whole);
    }

    static String subject(BlockRecord block, SerialRange range) {
        return block.program() + " " + block.issuanceId() + " " + range;
    }

    /** The pairs to mint and the units held back, with reasons. */
    public record Decisions(List<MintedPair> minted, List<HeldBack> heldBack) {

        void hold(AuthorizationRecord authorization, BlockRecord block, SerialRange range, HeldBackReason reason) {
            hold(authorization, block, range, reason, null);
        }

        void hold(AuthorizationRecord authorization, BlockRecord block, SerialRange range, HeldBackReason reason,
                  String detail) {
            heldBack.add(new HeldBack(Kind.ITMO_ID, subject(block, range), authorization.authorizationId(), reason, detail));
        }
    }
}
