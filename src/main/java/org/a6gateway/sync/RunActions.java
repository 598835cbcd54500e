package org.a6gateway.sync;

/** What one run decided and pushed: label commands enqueued, delivered, dead-lettered, left for later. */
public record RunActions(int labelsApplied, int labelsRemoved, int pushed, int deadLettered, int deferred) {
}
