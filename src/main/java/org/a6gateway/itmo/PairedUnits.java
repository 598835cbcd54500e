package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

/**
 * The units some ITMO pair already stands for, by registry and issuance. A block is compared only
 * with the pairs of its own issuance: testing every pair held against every block made minting
 * blocks × pairs (570 s of a million-block sync, docs/BENCHMARKS.md).
 */
public final class PairedUnits {

    private final Map<String, List<SerialRange>> byIssuance = new HashMap<>();

    public static PairedUnits of(Collection<ItmoPair> pairs) {
        var paired = new PairedUnits();
        pairs.forEach(paired::add);
        return paired;
    }

    public void add(ItmoPair pair) {
        byIssuance.computeIfAbsent(key(pair.underlyingRegistry(), pair.issuance()), k -> new ArrayList<>()).add(pair.units());
    }

    /** The units of {@code whole} no pair stands for yet, in serial order. */
    public List<SerialRange> unpaired(String registry, String issuance, SerialRange whole) {
        List<SerialRange> left = List.of(whole);
        for (SerialRange units : byIssuance.getOrDefault(key(registry, issuance), List.of())) {
            if (units.overlaps(whole)) {
                left = left.stream().flatMap(r -> r.subtract(units).stream()).toList();
            }
        }
        return left;
    }

    private static String key(String registry, String issuance) {
        return registry + '\u0000' + issuance;
    }
}
