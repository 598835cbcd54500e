package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.nationalrecords.Withdrawal;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

/**
 * What still stands of the pairs once their withdrawals are taken off: a pair partly withdrawn
 * stands as the parts left, each with its own ITMOs. A withdrawal takes from a pair the units of
 * the ITMOs it names, so a second pair claiming the same units under other ITMOs keeps them (that
 * conflict stays for the reconciliation to report). Pure.
 */
public final class StandingPairs {

    private StandingPairs() {
    }

    /** The pairs less their withdrawn units, in the order given. */
    public static List<StoredPair> of(List<StoredPair> pairs, List<Withdrawal> withdrawals) {
        if (withdrawals.isEmpty()) {
            return pairs;
        }
        Map<String, List<Withdrawal>> byIssuance = new HashMap<>();
        withdrawals.forEach(w -> byIssuance.computeIfAbsent(issuance(w.part().underlyingRegistry(), w.part().issuance()),
                k -> new ArrayList<>()).add(w));
        var standing = new ArrayList<StoredPair>(pairs.size());
        for (StoredPair stored : pairs) {
            var pair = stored.pair();
            var taken = byIssuance.getOrDefault(issuance(pair.underlyingRegistry(), pair.issuance()), List.of());
            List<SerialRange> left = List.of(pair.units());
            for (Withdrawal w : taken) {
                var units = withdrawnUnits(pair, w.part());
                if (units != null) {
                    left = left.stream().flatMap(r -> r.subtract(units).stream()).toList();
                }
            }
            if (left.size() == 1 && left.get(0).equals(pair.units())) {
                standing.add(stored);
            } else {
                left.forEach(r -> standing.add(new StoredPair(pair.part(r), stored.authorizationId(), stored.confirmed())));
            }
        }
        return standing;
    }

    /** The pair's units whose ITMOs the withdrawal names, or null when it names none of them. */
    private static SerialRange withdrawnUnits(ItmoPair pair, ItmoPair withdrawn) {
        var itmo = pair.itmo();
        if (!withdrawn.itmo().first().sameSeries(itmo.first())) {
            return null;
        }
        var from = withdrawn.itmo().first().serial().max(itmo.first().serial());
        var to = withdrawn.itmo().last().serial().min(itmo.last().serial());
        return from.compareTo(to) > 0 ? null : pair.unitsOf(from, to);
    }

    private static String issuance(String registry, String issuance) {
        return registry + '\u0000' + issuance;
    }
}
