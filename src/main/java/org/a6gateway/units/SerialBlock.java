package org.a6gateway.units;

import java.util.List;
import java.util.Objects;

/**
 * A serial range with the attributes that make its units alike (holder, status, labels, …).
 * Splitting keeps the attributes on both parts; two blocks merge only when adjacent and alike,
 * so a merge can never hide a difference between units.
 */
public record SerialBlock<A>(A attributes, SerialRange range) {

    public SerialBlock {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(range, "range");
    }

    public List<SerialBlock<A>> splitAtSerial(long serial) {
        var split = range.splitAtSerial(serial);
        return List.of(new SerialBlock<>(attributes, split.first()), new SerialBlock<>(attributes, split.second()));
    }

    public boolean canMergeWith(SerialBlock<A> other) {
        return attributes.equals(other.attributes) && range.isAdjacentTo(other.range);
    }

    public SerialBlock<A> merge(SerialBlock<A> other) {
        if (!attributes.equals(other.attributes)) {
            throw new IllegalArgumentException("cannot merge " + range + " and " + other.range
                    + ": their attributes differ (" + attributes + " / " + other.attributes + ")");
        }
        return new SerialBlock<>(attributes, range.merge(other.range));
    }
}
