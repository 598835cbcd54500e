package org.a6gateway.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.a6gateway.units.SerialRange;

/** A set of serial units kept as disjoint, non-adjacent ranges: what a label covers after every apply and remove. */
final class UnitSet {

    private final TreeMap<Long, Long> ranges = new TreeMap<>();

    void add(SerialRange range) {
        long start = range.start();
        long end = range.end();
        var before = ranges.floorEntry(start);
        if (before != null && before.getValue() >= start - 1) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        var after = ranges.ceilingEntry(start);
        while (after != null && after.getKey() <= end + 1) {
            end = Math.max(end, after.getValue());
            ranges.remove(after.getKey());
            after = ranges.ceilingEntry(start);
        }
        ranges.put(start, end);
    }

    void remove(SerialRange range) {
        var overlapping = new ArrayList<>(ranges.subMap(
                ranges.floorKey(range.start()) == null ? range.start() : ranges.floorKey(range.start()), true,
                range.end(), true).entrySet());
        for (var entry : overlapping) {
            var stored = SerialRange.of(entry.getKey(), entry.getValue());
            if (!stored.overlaps(range)) {
                continue;
            }
            ranges.remove(entry.getKey());
            stored.subtract(range).forEach(left -> ranges.put(left.start(), left.end()));
        }
    }

    List<SerialRange> ranges() {
        return ranges.entrySet().stream().map(e -> SerialRange.of(e.getKey(), e.getValue())).toList();
    }
}
