package org.a6gateway.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.a6gateway.reporting.AefRecords.Action;
import org.a6gateway.reporting.AefRecords.Pair;
import org.a6gateway.units.SerialRange;

/**
 * What leaves a Party's holdings: its transfers, uses and cancellations, found by the ITMO block
 * they take units from, and the units revoked at the private registry or withdrawn nationally,
 * they take units from. Indexed by underlying registry and issuance, because every block scanning
 * every action made the AEF's Table 4 quadratic: minutes for 50,000 blocks and as many transfers. An action that names no issuance (a registry that gave plain unit numbers)
 * may take from any issuance of its registry.
 */
final class AefHoldings {

    private static final Set<String> LEAVING_HOLDINGS = Set.of("USE", "CANCELLATION", "VOLUNTARY_CANCELLATION", "TRANSFER");

    /** Registry → issuance (null for actions naming none) → actions, each list in the actions' order. */
    private final Map<String, Map<String, List<Numbered>>> leaving = new HashMap<>();

    private record Numbered(int position, Action action) {
    }

    /** Registry → issuance → units that stopped being ITMOs (revoked at the registry, or withdrawn). */
    private final Map<String, Map<String, List<SerialRange>>> reversed = new HashMap<>();

    AefHoldings(List<Action> actions, List<AefRecords.Reversed> reversals) {
        reversals.forEach(r -> reversed.computeIfAbsent(r.registry(), k -> new HashMap<>())
                .computeIfAbsent(r.issuance(), k -> new ArrayList<>()).add(r.units()));
        for (int i = 0; i < actions.size(); i++) {
            var a = actions.get(i);
            if (LEAVING_HOLDINGS.contains(a.type())) {
                leaving.computeIfAbsent(a.registry(), r -> new HashMap<>()).computeIfAbsent(a.issuance(), s -> new ArrayList<>())
                        .add(new Numbered(i, a));
            }
        }
    }

    /** The units of the block no action took out and no reversal ended, in serial order. */
    List<SerialRange> held(Pair pair) {
        List<SerialRange> held = List.of(pair.units());
        for (SerialRange r : reversed.getOrDefault(pair.registry(), Map.of()).getOrDefault(pair.issuance(), List.of())) {
            held = held.stream().flatMap(h -> h.subtract(r).stream()).toList();
        }
        for (Action a : takingFrom(pair)) {
            if (a.units().overlaps(pair.units())) {
                held = held.stream().flatMap(r -> r.subtract(a.units()).stream()).toList();
            }
        }
        return held;
    }

    /** The actions of the block's registry and issuance or of its registry and no issuance, in the actions' order. */
    private List<Action> takingFrom(Pair pair) {
        var issuances = leaving.get(pair.registry());
        if (issuances == null) {
            return List.of();
        }
        var named = pair.issuance() == null ? List.<Numbered>of() : issuances.getOrDefault(pair.issuance(), List.of());
        var unnamed = issuances.getOrDefault(null, List.of());
        if (unnamed.isEmpty()) {
            return named.stream().map(Numbered::action).toList();
        }
        var all = new ArrayList<Numbered>(named.size() + unnamed.size());
        all.addAll(named);
        all.addAll(unnamed);
        all.sort((x, y) -> Integer.compare(x.position(), y.position()));
        return all.stream().map(Numbered::action).toList();
    }
}
