package org.a6gateway.sync;

/**
 * What one run decided and pushed: label commands enqueued, ITMO blocks minted (and their units),
 * references, withdrawals of revoked ITMOs and their references' removals, and "correspondingly
 * adjusted" labels enqueued; commands delivered, dead-lettered,
 * left for later by the breaker.
 */
public record RunActions(int labelsApplied, int labelsRemoved, int itmoIdsMinted, long itmoUnitsMinted,
                         int itmoReferencesAttached, int itmoWithdrawals, int itmoReferencesRemoved, int caFlagsApplied, int pushed, int deadLettered, int deferred) {
}
