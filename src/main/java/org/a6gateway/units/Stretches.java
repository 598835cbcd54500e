package org.a6gateway.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A set of serial units kept as disjoint stretches by first unit, overlapping and adjacent ranges
 * merged as they are added: asking what a range holds touches only the stretches it meets, however
 * many ranges were added.
 */
public final class Stretches {

    private final NavigableMap<Long, Long> byStart = new TreeMap<>();

    public void add(SerialRange range) {
        long start = range.start();
        long end = range.end();
        var before = byStart.floorEntry(start);
        if (before != null && before.getValue() >= start - 1) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        var touched = byStart.subMap(start, true, end + 1, true);
        for (long last : touched.values()) {
            end = Math.max(end, last);
        }
        touched.clear();
        byStart.put(start, end);
    }

    /** The units of {@code range} held, in serial order. */
    public List<SerialRange> within(SerialRange range) {
        var held = new ArrayList<SerialRange>();
        var from = byStart.floorKey(range.start());
        for (Map.Entry<Long, Long> s : byStart.subMap(from == null ? range.start() : from, true, range.end(), true).entrySet()) {
            range.intersection(SerialRange.of(s.getKey(), s.getValue())).ifPresent(held::add);
        }
        return held;
    }

    /** The units of {@code range} not held, in serial order. */
    public List<SerialRange> missing(SerialRange range) {
        var left = new ArrayList<SerialRange>();
        long next = range.start();
        for (SerialRange held : within(range)) {
            if (held.start() > next) {
                left.add(SerialRange.of(next, held.start() - 1));
            }
            next = held.end() + 1;
        }
        if (next <= range.end()) {
            left.add(SerialRange.of(next, range.end()));
        }
        return left;
    }
}
