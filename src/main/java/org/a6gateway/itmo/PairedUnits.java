package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

/**
 * The units some ITMO pair already stands for, per scope where a serial names one unit: an
 * issuance of a program, or the whole program when it numbers its units across issuances (Verra),
 * so units a registry sends again under another issuance id are found paired all the same.
 * Each scope keeps its paired units merged into disjoint stretches by first unit: a block looks up
 * only the stretches it touches, not every pair of its scope (testing every pair against every
 * block made minting blocks × pairs, docs/BENCHMARKS.md).
 */
public final class PairedUnits {

    private final Map<String, NavigableMap<Long, Long>> byScope = new HashMap<>();

    public static PairedUnits of(Collection<ItmoPair> pairs) {
        var paired = new PairedUnits();
        pairs.forEach(paired::add);
        return paired;
    }

    public void add(ItmoPair pair) {
        var stretches = byScope.computeIfAbsent(scope(pair.underlyingRegistry(), pair.issuance()), k -> new TreeMap<>());
        long start = pair.units().start();
        long end = pair.units().end();
        var before = stretches.floorEntry(start);
        if (before != null && before.getValue() >= start - 1) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        var touched = stretches.subMap(start, true, end + 1, true);
        for (long last : touched.values()) {
            end = Math.max(end, last);
        }
        touched.clear();
        stretches.put(start, end);
    }

    /** The units of {@code whole} no pair stands for yet, in serial order. */
    public List<SerialRange> unpaired(String registry, String issuance, SerialRange whole) {
        var stretches = byScope.get(scope(registry, issuance));
        if (stretches == null) {
            return List.of(whole);
        }
        var left = new ArrayList<SerialRange>();
        long next = whole.start();
        var from = stretches.floorKey(whole.start());
        for (var stretch : stretches.subMap(from == null ? whole.start() : from, true, whole.end(), true).entrySet()) {
            if (stretch.getValue() < next) {
                continue;
            }
            if (stretch.getKey() > next) {
                left.add(SerialRange.of(next, stretch.getKey() - 1));
            }
            next = stretch.getValue() + 1;
            if (next > whole.end()) {
                return left;
            }
        }
        left.add(SerialRange.of(next, whole.end()));
        return left;
    }

    private static String scope(String registry, String issuance) {
        return BlockQuery.NUMBERED_ACROSS_ISSUANCES.contains(registry) ? registry : registry + '\u0000' + issuance;
    }
}
