package org.a6gateway.ledger;

/** What one push run did: commands the registry acknowledged, dead-lettered, and left for later. */
public record PushResult(int delivered, int deadLettered, int deferred) {

    public PushResult plus(PushResult other) {
        return new PushResult(delivered + other.delivered, deadLettered + other.deadLettered, deferred + other.deferred);
    }
}
