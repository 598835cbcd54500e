package org.a6gateway.ledger;

/** The outcome of walking the hash chain: how many events held, and the first that did not. */
public record LedgerVerification(long events, Long firstBrokenSequence, String problem) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
