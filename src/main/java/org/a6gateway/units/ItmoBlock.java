package org.a6gateway.units;

import java.math.BigInteger;

/** An ITMO block as the AEF reports it: first and last identifier of one series, inclusive. */
public record ItmoBlock(ItmoIdentifier first, ItmoIdentifier last) {

    public ItmoBlock {
        if (!first.sameSeries(last)) {
            throw new IllegalArgumentException("ITMO block " + first + " … " + last + " spans two series");
        }
        if (last.serial().compareTo(first.serial()) < 0) {
            throw new IllegalArgumentException("ITMO block " + first + " … " + last + " is inverted");
        }
    }

    public long quantity() {
        return last.serial().subtract(first.serial()).add(BigInteger.ONE).longValueExact();
    }
}
