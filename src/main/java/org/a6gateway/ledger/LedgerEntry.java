package org.a6gateway.ledger;

/**
 * What a ledger event says: which registry changed, what kind of change, on what (e.g. a serial
 * range), why (job execution, authorization and version, operator), and the state before and after.
 */
public record LedgerEntry(String registry, String kind, String subject, String cause, String before, String after) {
}
