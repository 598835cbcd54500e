package org.a6gateway.reconciliation;

import java.util.List;
import org.a6gateway.authorization.AuthorizationRecord;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.CorrespondingAdjustment;
import org.a6gateway.itmo.ItmoAction;
import org.a6gateway.itmo.StoredPair;

/**
 * What the reconciler compares: the private registry's blocks, the national registry's
 * authorizations, ITMO pairs, actions and BTR adjustments, and the gateway's ledger, in any order.
 */
public record Snapshot(List<BlockRecord> blocks, List<AuthorizationRecord> authorizations, List<StoredPair> pairs,
                       List<ItmoAction> actions, List<CorrespondingAdjustment> adjustments, List<LedgerChange> ledger) {
}
