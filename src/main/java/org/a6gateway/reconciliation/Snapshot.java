package org.a6gateway.reconciliation;

import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoAction;

/**
 * What the reconciler compares: the private registry's blocks, streamed in sweep order (they are
 * the millions), and, held in memory in any order, the national registry's authorizations, ITMO
 * pairs (what stands of them), actions and BTR adjustments, and the gateway's ledger (thousands).
 * {@code withdrawn}: the parts of pairs the national registry withdrew, which no longer stand for
 * their units but still tell which units an adjustment of their ITMOs names.
 */
public record Snapshot(BlockSource blocks, List<AuthorizationRecord> authorizations, List<StoredPair> pairs,
                       List<ItmoAction> actions, List<CorrespondingAdjustment> adjustments, List<LedgerChange> ledger,
                       List<StoredPair> withdrawn) {

    public Snapshot(BlockSource blocks, List<AuthorizationRecord> authorizations, List<StoredPair> pairs,
                    List<ItmoAction> actions, List<CorrespondingAdjustment> adjustments, List<LedgerChange> ledger) {
        this(blocks, authorizations, pairs, actions, adjustments, ledger, List.of());
    }

    /** The same national side and ledger beside other blocks (a scoped reconciliation's). */
    Snapshot withBlocks(BlockSource others) {
        return new Snapshot(others, authorizations, pairs, actions, adjustments, ledger, withdrawn);
    }

    /** Every record in lists, the blocks in any order. */
    public static Snapshot of(List<BlockRecord> blocks, List<AuthorizationRecord> authorizations, List<StoredPair> pairs,
                              List<ItmoAction> actions, List<CorrespondingAdjustment> adjustments, List<LedgerChange> ledger) {
        return of(blocks, authorizations, pairs, actions, adjustments, ledger, List.of());
    }

    public static Snapshot of(List<BlockRecord> blocks, List<AuthorizationRecord> authorizations, List<StoredPair> pairs,
                              List<ItmoAction> actions, List<CorrespondingAdjustment> adjustments, List<LedgerChange> ledger,
                              List<StoredPair> withdrawn) {
        return new Snapshot(BlockSource.of(blocks), authorizations, pairs, actions, adjustments, ledger, withdrawn);
    }
}
