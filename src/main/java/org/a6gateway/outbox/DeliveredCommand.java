package org.a6gateway.outbox;

/** A command a registry acknowledged (its ledger event written), with the payload the gateway sent. */
public record DeliveredCommand(long id, String registry, String operation, String payload) {
}
