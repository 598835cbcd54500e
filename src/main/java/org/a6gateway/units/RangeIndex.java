package org.a6gateway.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items that each stand for a range of units, found by the units they overlap in O(log n + k).
 * Sorted by first unit, with the largest last unit up to each position, so a lookup stops at the
 * first item before which nothing can reach its range, even if the items overlap one another.
 */
public final class RangeIndex<T> {

    private final List<T> items;
    private final long[] starts;
    private final long[] reach;
    private final Function<T, SerialRange> rangeOf;

    public RangeIndex(List<T> items, Function<T, SerialRange> rangeOf) {
        this.rangeOf = rangeOf;
        this.items = new ArrayList<>(items);
        this.items.sort(Comparator.comparingLong(t -> rangeOf.apply(t).start()));
        this.starts = new long[this.items.size()];
        this.reach = new long[this.items.size()];
        long furthest = Long.MIN_VALUE;
        for (int i = 0; i < starts.length; i++) {
            var range = rangeOf.apply(this.items.get(i));
            starts[i] = range.start();
            furthest = Math.max(furthest, range.end());
            reach[i] = furthest;
        }
    }

    /** The items overlapping {@code units}, by first unit (items of equal first unit in the order given). */
    public List<T> overlapping(SerialRange units) {
        int i = lastStartingBy(units.end());
        var found = new ArrayList<T>();
        for (; i >= 0 && reach[i] >= units.start(); i--) {
            if (rangeOf.apply(items.get(i)).end() >= units.start()) {
                found.add(items.get(i));
            }
        }
        Collections.reverse(found);
        return found;
    }

    /** The last position whose item starts at or before {@code unit}, or -1. */
    private int lastStartingBy(long unit) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= unit) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
