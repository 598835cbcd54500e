package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A publication registry in memory, applying writes as CADT does (a split's parts keep what the
 * split unit stated until updated, each write gets a new id), with the faults a test chooses:
 * writes accepted and lost, writes refused, units a read misses.
 */
public final class MemoryPublication implements PublicationTarget {

    public final Map<String, PublishedUnit> units = new LinkedHashMap<>();
    public Predicate<PublishedUnit> loses = u -> false;
    public Predicate<PublishedUnit> refuses = u -> false;
    public Predicate<PublishedUnit> readMisses = u -> false;
    /** How many plans were applied. */
    public int applied;
    private int ids;

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public List<PublishedUnit> read() {
        return units.values().stream().filter(readMisses.negate()).sorted(Comparator.comparingLong(u -> u.range().start())).toList();
    }

    @Override
    public List<Refusal> apply(PublicationPlan plan) {
        applied++;
        var refused = new ArrayList<Refusal>();
        plan.splits().forEach(s -> {
            if (!loses.test(s.published())) {
                units.remove(s.published().id());
                s.parts().forEach(p -> put(s.published().on(p.range()).as(null)));
            }
        });
        plan.creations().forEach(u -> write(u, refused));
        plan.updates().forEach(u -> write(u.wanted(), refused));
        return refused;
    }

    private void write(PublishedUnit unit, List<Refusal> refused) {
        if (refuses.test(unit)) {
            refused.add(new Refusal(unit.sourceRegistry(), unit.blockId(), unit.registry(), unit.issuanceId(), unit.range(),
                    unit.tonnes(), "refused by the memory registry"));
        } else if (!loses.test(unit)) {
            put(unit);
        }
    }

    private void put(PublishedUnit unit) {
        var id = unit.id() != null ? unit.id() : "u" + ++ids;
        units.put(id, unit.as(id));
    }
}
