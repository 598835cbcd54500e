package org.a6gateway.itmo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.a6gateway.authorization.AuthorizationRecord;
import org.a6gateway.authorization.AuthorizationStatus;
import org.a6gateway.authorization.FirstTransferDefinition;
import org.a6gateway.authorization.LabelCode;
import org.a6gateway.authorization.LabelCommand;
import org.a6gateway.authorization.LabelDecisions;
import org.a6gateway.authorization.LabelVocabulary;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.HeldBack.Kind;
import org.a6gateway.units.SerialRange;

/**
 * Decides which ITMO identifiers to mint for one authorization. Pure: the blocks are the private
 * registry's confirmed state, so only units that carry one of the authorization's authorized
 * labels, and whose labels already agree with the authorization, are considered. Units are minted once, ever: ranges already paired (by any
 * authorization) are skipped, so every unit belongs to at most one ITMO identifier (invariant 1).
 */
public final class ItmoDecisions {

    private final ItmoMinting minting;
    private final LabelDecisions labels;

    public ItmoDecisions(ItmoMinting minting, Function<String, LabelVocabulary> vocabularyOfProgram) {
        this.minting = minting;
        this.labels = new LabelDecisions(vocabularyOfProgram);
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
        var unsettled = labels.decide(authorization, blocks);
        blocks.stream().filter(b -> carriesAuthorizedLabel(b, authorization))
                .sorted(Comparator.comparing(BlockRecord::issuanceId).thenComparingLong(BlockRecord::blockStart))
                .forEach(block -> {
                    if (touches(unsettled, block)) {
                        // A label change for these units is still on its way: mint on what the registry confirms.
                        unpaired(block, block.range(), paired)
                                .forEach(r -> decisions.hold(authorization, block, r, HeldBackReason.LABELS_UNSETTLED));
                    } else {
                        decideBlock(authorization, block, actions, paired, decisions);
                    }
                });
        return decisions;
    }

    /** A label command of the authorization's current decision changes this block. */
    static boolean touches(List<LabelCommand> commands, BlockRecord block) {
        return commands.stream().anyMatch(c -> c.issuanceId().equals(block.issuanceId()) && c.program().equals(block.program())
                && c.range().overlaps(block.range()));
    }

    private void decideBlock(AuthorizationRecord authorization, BlockRecord block, List<FirstTransferAction> actions,
                             PairedUnits paired, Decisions decisions) {
        var whole = block.range();
        var unpaired = unpaired(block, whole, paired);
        if (unpaired.isEmpty()) {
            return;
        }
        if (block.unitSize().compareTo(BigDecimal.ONE) != 0) {
            unpaired.forEach(r -> decisions.hold(authorization, block, r, HeldBackReason.UNIT_NOT_ONE_TONNE));
            return;
        }
        if (FirstTransfers.isVoluntaryClaim(block)) {
            unpaired.forEach(r -> decisions.hold(authorization, block, r, HeldBackReason.VOLUNTARY_CLAIM));
            return;
        }
        var transferred = transferredUnits(authorization, block, whole, actions);
        var firstTransfer = FirstTransfers.of(authorization, block, transferred.firstDate());
        if (!firstTransfer.resolved()) {
            unpaired.forEach(r -> decisions.hold(authorization, block, r, firstTransfer.unresolved()));
            return;
        }
        for (SerialRange range : unpaired) {
            for (SerialRange part : transferred.within(range)) {
                mint(authorization, block, part, firstTransfer, paired, decisions);
            }
            for (SerialRange gap : transferred.outside(range)) {
                decisions.hold(authorization, block, gap, HeldBackReason.NO_FIRST_INTERNATIONAL_TRANSFER);
            }
        }
    }

    private void mint(AuthorizationRecord authorization, BlockRecord block, SerialRange range,
                      FirstTransfer firstTransfer, PairedUnits paired, Decisions decisions) {
        var minted = minting.mint(authorization, block, range);
        if (minted.pair() == null) {
            decisions.heldBack().add(new HeldBack(Kind.ITMO_ID, subject(block, range), authorization.authorizationId(),
                    minted.reason(), minted.heldBackReason()));
            return;
        }
        paired.add(minted.pair());
        decisions.minted().add(new MintedPair(minted.pair(), authorization.authorizationId(), authorization.version(),
                block.blockId(), firstTransfer));
    }

    /** The block's units no pair stands for yet. */
    private static List<SerialRange> unpaired(BlockRecord block, SerialRange whole, PairedUnits paired) {
        return paired.unpaired(block.program(), block.issuanceId(), whole);
    }

    /**
     * Which units count as first transferred: all of them, except under "first international
     * transfer", where only the units a recorded transfer action names do.
     */
    private static Transferred transferredUnits(AuthorizationRecord authorization, BlockRecord block,
                                                SerialRange whole, List<FirstTransferAction> actions) {
        if (authorization.firstTransferDefinition() != FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER) {
            return new Transferred(List.of(whole), Optional.empty());
        }
        var recorded = actions.stream()
                .filter(a -> a.authorizationId().equals(authorization.authorizationId())
                        && a.concerns(block.program(), block.issuanceId(), whole))
                .toList();
        var ranges = recorded.stream().map(a -> a.units().intersection(whole).orElseThrow())
                .sorted(Comparator.comparingLong(SerialRange::start)).toList();
        return new Transferred(ranges, recorded.stream().map(FirstTransferAction::date).min(Comparator.naturalOrder()));
    }

    static boolean carriesAuthorizedLabel(BlockRecord block, AuthorizationRecord authorization) {
        return block.labels().stream().anyMatch(l -> authorization.authorizationId().equals(l.authorizationId())
                && LabelCode.AUTHORIZED.stream().anyMatch(code -> code.name().equals(l.code())));
    }

    static String subject(BlockRecord block, SerialRange range) {
        return block.program() + " " + block.issuanceId() + " " + range;
    }

    private record Transferred(List<SerialRange> ranges, Optional<LocalDate> firstDate) {

        /** Actions may name overlapping units; count each unit once. */
        Transferred {
            var disjoint = new ArrayList<SerialRange>();
            for (SerialRange r : ranges) {
                var last = disjoint.isEmpty() ? null : disjoint.get(disjoint.size() - 1);
                if (last != null && r.start() <= last.end() + 1) {
                    disjoint.set(disjoint.size() - 1, SerialRange.of(last.start(), Math.max(last.end(), r.end())));
                } else {
                    disjoint.add(r);
                }
            }
            ranges = List.copyOf(disjoint);
        }

        List<SerialRange> within(SerialRange range) {
            return ranges.stream().flatMap(r -> r.intersection(range).stream()).toList();
        }

        List<SerialRange> outside(SerialRange range) {
            List<SerialRange> left = List.of(range);
            for (SerialRange r : ranges) {
                left = left.stream().flatMap(l -> l.subtract(r).stream()).toList();
            }
            return left;
        }
    }

    /** The pairs to mint and the units held back, with reasons. */
    public record Decisions(List<MintedPair> minted, List<HeldBack> heldBack) {

        void hold(AuthorizationRecord authorization, BlockRecord block, SerialRange range, HeldBackReason reason) {
            heldBack.add(new HeldBack(Kind.ITMO_ID, subject(block, range), authorization.authorizationId(), reason, null));
        }
    }
}
