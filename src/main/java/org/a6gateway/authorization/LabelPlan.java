package org.a6gateway.authorization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.units.SerialRange;

/**
 * Which units of the blocks an authorization covers it labels: those of blocks not revoked, whose
 * vintage lies inside its timeframe, up to its cap taken in issuance order (the block that crosses
 * it on its first units only; units under a second block id take it once, {@link CapTakeUp}). What the labels, ITMO and adjustment decisions all rest on. Pure.
 */
public final class LabelPlan {

    /** The order in which a quantity cap is taken up: first issued, first labelled. */
    public static final Comparator<BlockRecord> ISSUANCE_ORDER = Comparator
            .comparing(BlockRecord::issuanceDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BlockRecord::issuanceId).thenComparingLong(BlockRecord::blockStart);

    private LabelPlan() {
    }

    /**
     * Per block the authorization covers, in issuance order: the units it labels (none when the
     * block is revoked, outside its timeframe or beyond its cap) and, when not all, why not.
     */
    public static List<Planned> of(AuthorizationRecord authorization, List<BlockRecord> blocks) {
        var covered = blocks.stream()
                .filter(b -> authorization.covers(b.program(), b.projectId(), b.hostCountry()))
                .sorted(ISSUANCE_ORDER).toList();
        var planned = new ArrayList<Planned>();
        var cap = new CapTakeUp(authorization.quantityCap());
        for (BlockRecord block : covered) {
            var why = unlabelled(authorization, block);
            var labelled = why == null ? cap.take(block.program(), block.issuanceId(), block.range(), block.unitSize())
                    : Optional.<SerialRange>empty();
            if (why == null && labelled.map(r -> r.quantity() < block.quantity()).orElse(true)) {
                why = Unlabelled.OVER_CAP;
            }
            planned.add(new Planned(block, labelled, why));
        }
        return planned;
    }

    /** Why none of the block's units are labelled before the cap is counted; null when they may be. */
    private static Unlabelled unlabelled(AuthorizationRecord authorization, BlockRecord block) {
        if (authorization.status() != AuthorizationStatus.ACTIVE) {
            return Unlabelled.AUTHORIZATION_REVOKED;
        }
        if (block.status() == BlockStatus.REVOKED) {
            return Unlabelled.BLOCK_REVOKED;
        }
        return switch (Timeframe.of(block, authorization)) {
            case INSIDE -> null;
            case VINTAGE_UNKNOWN -> Unlabelled.VINTAGE_UNKNOWN;
            case OUTSIDE_VINTAGES, OUTSIDE_MITIGATION -> Unlabelled.OUTSIDE_TIMEFRAME;
        };
    }

    /** Why some of a block's units go unlabelled. */
    public enum Unlabelled {
        AUTHORIZATION_REVOKED, BLOCK_REVOKED, VINTAGE_UNKNOWN, OUTSIDE_TIMEFRAME, OVER_CAP
    }

    /** One covered block and the units of it the authorization labels; {@code why} says why not all, null when all. */
    public record Planned(BlockRecord block, Optional<SerialRange> labelled, Unlabelled why) {
    }
}
