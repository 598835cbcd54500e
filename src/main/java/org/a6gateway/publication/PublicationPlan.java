package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.units.SerialRange;

/**
 * What to stage on a publication registry so that it shows the wanted units: the published units
 * to split where the decisions behind them differ along their range (a decision covering part of a
 * unit), the ones to update, and the wanted units no published unit covers, to create. Nothing is
 * deleted: a published unit no private block stands behind any more is an orphan, reported.
 * Splits go first: their parts are updated by the next round's plan, once the registry named them.
 */
public record PublicationPlan(List<PublishedUnit> creations, List<Update> updates, List<Split> splits,
                              List<PublishedUnit> orphans) {

    /** A published unit ({@code wanted.id()}) to be shown as {@code wanted}, and what differs now. */
    public record Update(PublishedUnit wanted, List<String> differences) {
    }

    /** A published unit to cut into {@code parts}, in serial order, covering its range exactly. */
    public record Split(PublishedUnit published, List<PublishedUnit> parts) {
    }

    private static final Comparator<PublishedUnit> BY_START = Comparator.comparingLong(u -> u.range().start());

    /** The plan from the units wanted (not overlapping one another) and those published now. */
    public static PublicationPlan of(List<PublishedUnit> wanted, List<PublishedUnit> published) {
        var wantedByScope = byScope(wanted);
        var publishedByScope = byScope(published);
        var plan = new PublicationPlan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        publishedByScope.forEach((scope, shown) -> shown.forEach(p -> plan.compare(p, wantedByScope.getOrDefault(scope, List.of()))));
        wantedByScope.forEach((scope, units) -> units.forEach(w -> plan.createUncovered(w, publishedByScope.getOrDefault(scope, List.of()))));
        return plan;
    }

    /** The units by where their serial numbers name units: the same numbers name the same units only there. */
    private static Map<String, List<PublishedUnit>> byScope(List<PublishedUnit> units) {
        var byScope = new LinkedHashMap<String, List<PublishedUnit>>();
        units.forEach(u -> byScope.computeIfAbsent(u.scope(), k -> new ArrayList<>()).add(u));
        byScope.values().forEach(list -> list.sort(BY_START));
        return byScope;
    }

    private void compare(PublishedUnit published, List<PublishedUnit> wantedInScope) {
        var behind = wantedInScope.stream().filter(w -> w.range().overlaps(published.range())).toList();
        if (behind.isEmpty()) {
            orphans.add(published);
        } else if (behind.size() == 1 && behind.get(0).range().contains(published.range())) {
            var wanted = behind.get(0).on(published.range()).as(published.id());
            var differences = wanted.differencesFrom(published);
            if (!differences.isEmpty()) {
                updates.add(new Update(wanted, differences));
            }
        } else {
            splits.add(new Split(published, parts(published, behind)));
        }
    }

    /** The published unit cut where each wanted unit behind it starts and ends; a stretch none covers keeps the published fields. */
    private static List<PublishedUnit> parts(PublishedUnit published, List<PublishedUnit> behind) {
        var parts = new ArrayList<PublishedUnit>();
        long cursor = published.range().start();
        for (PublishedUnit wanted : behind) {
            long from = Math.max(wanted.range().start(), published.range().start());
            long to = Math.min(wanted.range().end(), published.range().end());
            if (from > cursor) {
                parts.add(published.on(SerialRange.of(cursor, from - 1)));
            }
            parts.add(wanted.on(SerialRange.of(from, to)).as(published.id()));
            cursor = to + 1;
        }
        if (cursor <= published.range().end()) {
            parts.add(published.on(SerialRange.of(cursor, published.range().end())));
        }
        return parts;
    }

    private void createUncovered(PublishedUnit wanted, List<PublishedUnit> publishedInScope) {
        var uncovered = List.of(wanted.range());
        for (PublishedUnit published : publishedInScope) {
            if (published.range().overlaps(wanted.range())) {
                uncovered = uncovered.stream().flatMap(r -> r.subtract(published.range()).stream()).toList();
            }
        }
        uncovered.forEach(piece -> creations.add(wanted.on(piece)));
    }

    /** Nothing to stage: the registry shows what is wanted (orphans are reported, not changed). */
    public boolean isEmpty() {
        return creations.isEmpty() && updates.isEmpty() && splits.isEmpty();
    }
}
