package org.a6gateway.simulator;

/**
 * One request to a simulated registry, reduced to what it needs: the operation its stub mapping
 * names, the last path segment (an id), the query, the idempotency key and the body.
 */
record Call(String operation, String pathId, String cursor, String limit, String idempotencyKey, String body) {
}
