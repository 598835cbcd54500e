package org.a6gateway.units;

/**
 * The pair the AEF asks for on every row: an ITMO block and the underlying units behind it
 * (registry, issuance, first and last unit serial). Kept explicit and checked: both sides hold
 * the same number of units, the first ITMO standing for the first unit and so on in order. The
 * gateway mints ITMO serials that embed the unit serials ({@link #mint}, ItmoSerials); a national
 * registry may number its ITMOs its own way, and its pairs are read as they are. A split on either
 * side splits the other identically.
 */
public record ItmoPair(ItmoBlock itmo, String underlyingRegistry, String issuance, SerialRange units) {

    public ItmoPair {
        if (itmo.quantity() != units.quantity()) {
            throw new IllegalArgumentException("ITMO block of " + itmo.quantity() + " against " + units.quantity() + " units");
        }
    }

    /** The unit the ITMO with this serial stands for; the serial must be inside the pair's ITMO block. */
    public long unitOf(java.math.BigInteger itmoSerial) {
        return units.start() + itmoSerial.subtract(itmo.first().serial()).longValueExact();
    }

    /** The ITMO identifiers for a range of units under the serial-embedding scheme. */
    public static ItmoPair mint(String cooperativeApproach, String registryId, String party, int vintage,
                                String underlyingRegistry, String issuance, SerialRange units) {
        ItmoSerials.requireUnitSerial(units.end());
        var first = new ItmoIdentifier(cooperativeApproach, registryId, party,
                ItmoSerials.itmoSerial(underlyingRegistry, issuance, units.start()), vintage);
        return new ItmoPair(new ItmoBlock(first, first.plus(units.quantity() - 1)), underlyingRegistry, issuance, units);
    }

    /** Splits after {@code quantity} units, on both sides at once. */
    public Split splitAtQuantity(long quantity) {
        var parts = units.splitAtQuantity(quantity);
        return new Split(part(parts.first()), part(parts.second()));
    }

    /** Splits so that the second part begins at unit {@code unitSerial}. */
    public Split splitAtUnit(long unitSerial) {
        return splitAtQuantity(units.splitAtSerial(unitSerial).first().quantity());
    }

    /** Splits so that the second part begins at ITMO {@code id}. */
    public Split splitAtItmo(ItmoIdentifier id) {
        if (!id.sameSeries(itmo.first())) {
            throw new IllegalArgumentException("ITMO " + id + " is not of the series of " + itmo.first());
        }
        return splitAtQuantity(id.serial().subtract(itmo.first().serial()).longValueExact());
    }

    /** Joins two pairs adjacent on both sides. */
    public ItmoPair merge(ItmoPair next) {
        if (!underlyingRegistry.equals(next.underlyingRegistry) || !issuance.equals(next.issuance)
                || !itmo.first().sameSeries(next.itmo.first())) {
            throw new IllegalArgumentException("cannot merge pairs of different series or issuances");
        }
        var merged = units.merge(next.units);
        var first = units.start() < next.units.start() ? this : next;
        return new ItmoPair(new ItmoBlock(first.itmo.first(), first.itmo.first().plus(merged.quantity() - 1)),
                underlyingRegistry, issuance, merged);
    }

    /** The pair for some of its units: the ITMOs that embed exactly those. */
    public ItmoPair part(SerialRange range) {
        if (!units.contains(range)) {
            throw new IllegalArgumentException("units " + range + " are not in " + units);
        }
        var first = itmo.first().plus(range.start() - units.start());
        return new ItmoPair(new ItmoBlock(first, first.plus(range.quantity() - 1)), underlyingRegistry, issuance, range);
    }

    public record Split(ItmoPair first, ItmoPair second) {
    }
}
