package org.a6gateway.reconciliation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.a6gateway.units.SerialRange;

/**
 * Replays the ledger's acknowledged changes in order: the labels still applied after every
 * removal, the ITMO references attached, and the pairs the national registry acknowledged.
 */
final class LedgerExpectations {

    private final Map<ScopedCode, UnitSet> labels = new LinkedHashMap<>();
    private final Map<ScopedRange, String> references = new LinkedHashMap<>();
    private final Set<String> registeredPairs = new HashSet<>();

    private record ScopedCode(Scope scope, String heldAt, String code) {
    }

    private record ScopedRange(Scope scope, String heldAt, SerialRange units) {
    }

    LedgerExpectations(List<LedgerChange> changes, BiFunction<String, String, Scope> scopeOf) {
        for (LedgerChange change : changes) {
            var scope = scopeOf.apply(change.registry(), change.issuance());
            switch (change.kind()) {
                case LABEL_APPLIED -> labels.computeIfAbsent(new ScopedCode(scope, change.heldAt(), change.code()),
                        k -> new UnitSet()).add(change.units());
                case LABEL_REMOVED -> labels.computeIfAbsent(new ScopedCode(scope, change.heldAt(), change.code()),
                        k -> new UnitSet()).remove(change.units());
                case REFERENCE_ATTACHED -> references.put(new ScopedRange(scope, change.heldAt(), change.units()), change.itmoId());
                case PAIR_REGISTERED -> registeredPairs.add(change.itmoId());
            }
        }
    }

    List<LedgerExpectation> spans() {
        var spans = new ArrayList<LedgerExpectation>();
        labels.forEach((key, units) -> units.ranges().forEach(r ->
                spans.add(LedgerExpectation.label(key.scope(), r, key.code(), key.heldAt()))));
        references.forEach((key, itmoId) -> spans.add(LedgerExpectation.reference(key.scope(), key.units(), itmoId, key.heldAt())));
        return spans;
    }

    boolean registered(String firstItmoId) {
        return registeredPairs.contains(firstItmoId);
    }
}
