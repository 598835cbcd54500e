package org.a6gateway.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Serial units {@code [start, end]}, both inclusive, so {@code quantity = end - start + 1}. Never
 * empty, never inverted, never negative; arithmetic that would overflow is refused.
 */
public record SerialRange(long start, long end) {

    public SerialRange {
        if (start < 0) {
            throw new IllegalArgumentException("serial range " + start + "-" + end + " starts below 0");
        }
        if (end < start) {
            throw new IllegalArgumentException("serial range " + start + "-" + end + " is inverted or empty");
        }
        if (end == Long.MAX_VALUE) {
            throw new IllegalArgumentException("serial range " + start + "-" + end + " overflows its quantity");
        }
    }

    public static SerialRange of(long start, long end) {
        return new SerialRange(start, end);
    }

    /** The range of {@code quantity} units from {@code start}. */
    public static SerialRange ofQuantity(long start, long quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("a serial range holds at least one unit, not " + quantity);
        }
        return new SerialRange(start, Math.addExact(start, quantity - 1));
    }

    public long quantity() {
        return end - start + 1;
    }

    public boolean contains(long serial) {
        return serial >= start && serial <= end;
    }

    public boolean contains(SerialRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(SerialRange other) {
        return other.start <= end && other.end >= start;
    }

    public Optional<SerialRange> intersection(SerialRange other) {
        return overlaps(other) ? Optional.of(new SerialRange(Math.max(start, other.start), Math.min(end, other.end)))
                : Optional.empty();
    }

    /** The next range begins right after this one. */
    public boolean precedes(SerialRange next) {
        return end + 1 == next.start;
    }

    public boolean isAdjacentTo(SerialRange other) {
        return precedes(other) || other.precedes(this);
    }

    /** Splits off the first {@code quantity} units; both parts hold at least one unit. */
    public Split splitAtQuantity(long quantity) {
        if (quantity < 1 || quantity >= quantity()) {
            throw new IllegalArgumentException("cannot split " + this + " after " + quantity + " units: "
                    + "both parts must hold at least one of its " + quantity() + " units");
        }
        return new Split(new SerialRange(start, start + quantity - 1), new SerialRange(start + quantity, end));
    }

    /** Splits so that the second part begins at {@code serial}. */
    public Split splitAtSerial(long serial) {
        if (serial <= start || serial > end) {
            throw new IllegalArgumentException("cannot split " + this + " at " + serial
                    + ": the serial must lie after its first unit and within it");
        }
        return splitAtQuantity(serial - start);
    }

    /** Joins two adjacent ranges, in either order; ranges with a gap or an overlap do not merge. */
    public SerialRange merge(SerialRange other) {
        if (!isAdjacentTo(other)) {
            throw new IllegalArgumentException("cannot merge " + this + " and " + other + ": they are not adjacent");
        }
        return new SerialRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** What is left of this range without the units of {@code other}: none, one or two ranges. */
    public List<SerialRange> subtract(SerialRange other) {
        var left = new ArrayList<SerialRange>(2);
        if (!overlaps(other)) {
            left.add(this);
            return left;
        }
        if (other.start > start) {
            left.add(new SerialRange(start, other.start - 1));
        }
        if (other.end < end) {
            left.add(new SerialRange(other.end + 1, end));
        }
        return left;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }

    /** The two parts of a split range, in serial order. */
    public record Split(SerialRange first, SerialRange second) {
    }
}
