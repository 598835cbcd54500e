package org.a6gateway.itmo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Stretches;

/**
 * The units some ITMO pair already stands for, per scope where a serial names one unit: an
 * issuance of a program, or the whole program when it numbers its units across issuances (Verra),
 * so units a registry sends again under another issuance id are found paired all the same.
 * A block looks up only the stretches of paired units it touches, not every pair of its scope
 * (testing every pair against every block made minting blocks × pairs, docs/benchmarks-history.md).
 */
public final class PairedUnits {

    private final Map<String, Stretches> byScope = new HashMap<>();

    public static PairedUnits of(Collection<ItmoPair> pairs) {
        var paired = new PairedUnits();
        pairs.forEach(paired::add);
        return paired;
    }

    public void add(ItmoPair pair) {
        byScope.computeIfAbsent(BlockQuery.scope(pair.underlyingRegistry(), pair.issuance()), k -> new Stretches()).add(pair.units());
    }

    /** The units of {@code whole} no pair stands for yet, in serial order. */
    public List<SerialRange> unpaired(String registry, String issuance, SerialRange whole) {
        var stretches = byScope.get(BlockQuery.scope(registry, issuance));
        return stretches == null ? List.of(whole) : stretches.missing(whole);
    }
}
