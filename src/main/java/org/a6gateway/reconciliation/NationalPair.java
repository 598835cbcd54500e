package org.a6gateway.reconciliation;

import org.a6gateway.itmo.StoredPair;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialRange;

/**
 * An ITMO pair: held by the national registry when {@code confirmed}; otherwise one the gateway
 * registered (its ledger says the registry acknowledged it) that the registry's feed never showed.
 */
record NationalPair(Scope scope, StoredPair stored) implements Span {

    @Override
    public SerialRange units() {
        return stored.pair().units();
    }

    @Override
    public String subject() {
        return "ITMO " + stored.pair().itmo().first() + ".." + stored.pair().itmo().last();
    }

    boolean confirmed() {
        return stored.confirmed();
    }

    /** The ITMO identifier that stands for {@code unit}. */
    ItmoIdentifier itmoOf(long unit) {
        return stored.pair().itmoOf(unit);
    }

    int vintage() {
        return stored.pair().itmo().first().vintage();
    }
}
