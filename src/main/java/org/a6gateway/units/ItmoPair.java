package org.a6gateway.units;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The pair the AEF asks for on every row: an ITMO block and the underlying units behind it
 * (registry, issuance, first and last unit serial). Kept explicit and checked: each ITMO stands for
 * {@code unitsPerItmo} consecutive units in order, the first ITMO for the first of them. One unit a
 * tonne is one unit an ITMO; a programme counting in kilograms with a declared conversion of 1,000
 * units a tonne has 1,000 units an ITMO, since an ITMO is one t CO2e. The gateway mints ITMO serials
 * that embed the unit serials ({@link #mint}, ItmoSerials): with more than one unit an ITMO the
 * serials stay consecutive, so only the first ITMO of a minted block embeds its own first unit. A
 * national registry may number its ITMOs its own way, and its pairs are read as they are. A split
 * on either side splits the other identically, only ever between whole ITMOs.
 */
public record ItmoPair(ItmoBlock itmo, String underlyingRegistry, String issuance, SerialRange units, long unitsPerItmo) {

    public ItmoPair {
        if (unitsPerItmo < 1) {
            throw new IllegalArgumentException("an ITMO stands for at least one unit, not " + unitsPerItmo);
        }
        if (Math.multiplyHigh(itmo.quantity(), unitsPerItmo) != 0
                || itmo.quantity() * unitsPerItmo != units.quantity()) {
            throw new IllegalArgumentException("ITMO block of " + itmo.quantity()
                    + (unitsPerItmo == 1 ? "" : " of " + unitsPerItmo + " units each") + " against " + units.quantity() + " units");
        }
    }

    /** A pair of one unit an ITMO. */
    public ItmoPair(ItmoBlock itmo, String underlyingRegistry, String issuance, SerialRange units) {
        this(itmo, underlyingRegistry, issuance, units, 1);
    }

    /** The first unit the ITMO with this serial stands for; the serial must be inside the pair's ITMO block. */
    public long unitOf(BigInteger itmoSerial) {
        return units.start() + itmoSerial.subtract(itmo.first().serial()).longValueExact() * unitsPerItmo;
    }

    /** Every unit the ITMOs {@code from}..{@code to} (serials inside the pair's block) stand for. */
    public SerialRange unitsOf(BigInteger from, BigInteger to) {
        return SerialRange.of(unitOf(from), unitOf(to) + unitsPerItmo - 1);
    }

    /** The ITMO that stands for {@code unit}, a unit of the pair. */
    public ItmoIdentifier itmoOf(long unit) {
        return itmo.first().plus((unit - units.start()) / unitsPerItmo);
    }

    /** The ITMO identifiers for a range of units under the serial-embedding scheme, one unit an ITMO. */
    public static ItmoPair mint(String cooperativeApproach, String registryId, String party, int vintage,
                                String underlyingRegistry, String issuance, SerialRange units) {
        return mint(cooperativeApproach, registryId, party, vintage, underlyingRegistry, issuance, units, 1);
    }

    /**
     * The ITMO identifiers for a range of units, {@code unitsPerItmo} units an ITMO; the range must
     * hold whole ITMOs. The first ITMO embeds the first unit; the others follow it.
     */
    public static ItmoPair mint(String cooperativeApproach, String registryId, String party, int vintage,
                                String underlyingRegistry, String issuance, SerialRange units, long unitsPerItmo) {
        ItmoSerials.requireUnitSerial(units.end());
        if (unitsPerItmo < 1 || units.quantity() % unitsPerItmo != 0) {
            throw new IllegalArgumentException("units " + units + " are not whole ITMOs of " + unitsPerItmo + " units");
        }
        var first = new ItmoIdentifier(cooperativeApproach, registryId, party,
                ItmoSerials.itmoSerial(underlyingRegistry, issuance, units.start()), vintage);
        return new ItmoPair(new ItmoBlock(first, first.plus(units.quantity() / unitsPerItmo - 1)), underlyingRegistry,
                issuance, units, unitsPerItmo);
    }

    /** Splits after {@code quantity} units, on both sides at once; the split must fall between whole ITMOs. */
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
        return splitAtQuantity(id.serial().subtract(itmo.first().serial()).longValueExact() * unitsPerItmo);
    }

    /** Joins two pairs adjacent on both sides. */
    public ItmoPair merge(ItmoPair next) {
        if (!underlyingRegistry.equals(next.underlyingRegistry) || !issuance.equals(next.issuance)
                || !itmo.first().sameSeries(next.itmo.first()) || unitsPerItmo != next.unitsPerItmo) {
            throw new IllegalArgumentException("cannot merge pairs of different series, issuances or unit counts");
        }
        var merged = units.merge(next.units);
        var first = units.start() < next.units.start() ? this : next;
        return new ItmoPair(new ItmoBlock(first.itmo.first(), first.itmo.first().plus(merged.quantity() / unitsPerItmo - 1)),
                underlyingRegistry, issuance, merged, unitsPerItmo);
    }

    /** The pair for some of its units, which must be whole ITMOs: the ITMOs that stand for exactly those. */
    public ItmoPair part(SerialRange range) {
        if (!units.contains(range)) {
            throw new IllegalArgumentException("units " + range + " are not in " + units);
        }
        if (!aligned(range)) {
            throw new IllegalArgumentException("units " + range + " are not whole ITMOs of " + unitsPerItmo + " units in " + units);
        }
        var first = itmoOf(range.start());
        return new ItmoPair(new ItmoBlock(first, first.plus(range.quantity() / unitsPerItmo - 1)), underlyingRegistry,
                issuance, range, unitsPerItmo);
    }

    /**
     * The units of every ITMO that stands for some of {@code range}: what must go when any of those
     * units goes, since an ITMO is never split. Empty when the range misses the pair.
     */
    public Optional<SerialRange> covering(SerialRange range) {
        return units.intersection(range).map(r -> SerialRange.of(unitOf(itmoOf(r.start()).serial()),
                unitOf(itmoOf(r.end()).serial()) + unitsPerItmo - 1));
    }

    /**
     * The units of the ITMOs that stand only for units of {@code range}: what may be written about
     * when only those units are concerned. Empty when no whole ITMO lies inside.
     */
    public Optional<SerialRange> within(SerialRange range) {
        return units.intersection(range).flatMap(r -> wholeItmos(units.start(), unitsPerItmo, r));
    }

    /**
     * The part of {@code range} made of whole ITMOs of {@code unitsPerItmo} units counted from unit
     * {@code firstUnit}; empty when no whole ITMO lies inside.
     */
    public static Optional<SerialRange> wholeItmos(long firstUnit, long unitsPerItmo, SerialRange range) {
        long start = firstUnit + Math.floorDiv(range.start() - firstUnit + unitsPerItmo - 1, unitsPerItmo) * unitsPerItmo;
        long end = firstUnit + Math.floorDiv(range.end() - firstUnit + 1, unitsPerItmo) * unitsPerItmo - 1;
        return start > end ? Optional.empty() : Optional.of(SerialRange.of(start, end));
    }

    private boolean aligned(SerialRange range) {
        return (range.start() - units.start()) % unitsPerItmo == 0 && range.quantity() % unitsPerItmo == 0;
    }

    public record Split(ItmoPair first, ItmoPair second) {
    }
}
