package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.units.SerialRange;

/**
 * Collects discrepancies as the sweep finds them segment by segment, and joins a finding to the
 * one before it when it continues it (same disagreement, adjacent units), so that one
 * disagreement over a split block is one row, not one per segment.
 */
final class Findings {

    static final Comparator<Discrepancy> REPORT_ORDER = Comparator.comparing(Discrepancy::severity)
            .thenComparing(Discrepancy::type).thenComparing(Discrepancy::registry)
            .thenComparing(Discrepancy::issuance, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(d -> d.units().start()).thenComparing(Discrepancy::subject);

    private final Map<List<Object>, Discrepancy> open = new HashMap<>();
    private final List<Discrepancy> done = new ArrayList<>();

    void add(DiscrepancyType type, Scope scope, SerialRange units, BigDecimal tonnes, String subject,
             String privateValue, String nationalValue) {
        var found = new Discrepancy(type, scope.registry(), scope.issuance(), units, tonnes, subject, privateValue, nationalValue);
        var key = List.<Object>of(type, scope, subject, String.valueOf(privateValue), String.valueOf(nationalValue));
        var before = open.get(key);
        if (before != null && before.units().end() + 1 == units.start()) {
            open.put(key, before.extendedTo(SerialRange.of(before.units().start(), units.end()), tonnes));
            return;
        }
        if (before != null) {
            done.add(before);
        }
        open.put(key, found);
    }

    List<Discrepancy> all() {
        var all = new ArrayList<>(done);
        all.addAll(open.values());
        all.sort(REPORT_ORDER);
        return all;
    }
}
