package org.a6gateway.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One publication to one registry, in rounds (a round stages and commits once): read what it
 * shows, plan the difference with what is wanted, stage it, read again; done when a read shows the
 * plan empty (a split takes two rounds: its parts are updated once the registry named them).
 * <p>
 * A change counts, and is handed to {@code shown}, only once a later read shows it: a registry
 * may accept a write and still lose it (CADT empties its staging table after applying a commit,
 * and with it what was staged meanwhile), and a lost change is simply planned again next round.
 * A unit shown once is never created again, even when a read misses it: the same tonnes must not
 * be listed twice.
 */
public final class PublicationRounds {

    public static final int ROUNDS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(PublicationRounds.class);

    /** What the rounds published, what was refused (by the gateway or the registry), and what still differs. */
    public record Outcome(int created, int updated, int split, int rounds, List<Refusal> refused, PublicationPlan left) {
    }

    private final PublicationTarget target;
    private final Set<String> publishedBefore;
    private final Consumer<PublicationPlan> shown;
    private final List<Refusal> refusedByTarget = new ArrayList<>();
    private final Set<String> refusedKeys = new HashSet<>();
    private int created;
    private int updated;
    private int split;
    private int rounds;

    /**
     * @param publishedBefore the units (by {@link #key}) the registry has shown before, never created again
     * @param shown           takes each round's changes as soon as a read shows them
     */
    public PublicationRounds(PublicationTarget target, Set<String> publishedBefore, Consumer<PublicationPlan> shown) {
        this.target = target;
        this.publishedBefore = new HashSet<>(publishedBefore);
        this.shown = shown;
    }

    /** Runs the rounds; {@code wantedOf} is asked once, with the registry's first read. */
    public Outcome run(Function<List<PublishedUnit>, WantedUnits> wantedOf) {
        WantedUnits wanted = null;
        PublicationPlan pending = null;
        for (int round = 1; ; round++) {
            var published = target.read();
            wanted = wanted == null ? wantedOf.apply(published) : wanted;
            if (pending != null) {
                confirm(pending, published);
            }
            var plan = PublicationPlan.of(wanted.units(), published);
            var notShown = plan.creations().stream().filter(u -> publishedBefore.contains(key(u))).toList();
            var staged = without(onceOnly(plan, notShown), refusedKeys);
            if (staged.isEmpty() || round > ROUNDS) {
                return outcome(wanted, notShown, staged);
            }
            LOG.info("publication to {}, round {}: {} new units, {} updates, {} splits to stage", target.id(), round,
                    staged.creations().size(), staged.updates().size(), staged.splits().size());
            var refusals = target.apply(staged);
            refusedByTarget.addAll(refusals);
            refusals.forEach(r -> refusedKeys.add(key(r.program(), r.issuance(), r.range().toString())));
            pending = without(staged, refusedKeys);
            rounds += pending.isEmpty() ? 0 : 1;
        }
    }

    /** The changes staged last round that this read shows, counted and handed on; the others are planned again. */
    private void confirm(PublicationPlan pending, List<PublishedUnit> published) {
        var byUnits = new HashMap<String, PublishedUnit>();
        published.forEach(u -> byUnits.put(units(u), u));
        var createdNow = pending.creations().stream().filter(u -> byUnits.containsKey(units(u)))
                .map(u -> u.as(byUnits.get(units(u)).id())).toList();
        var updatedNow = pending.updates().stream().filter(u -> byUnits.containsKey(units(u.wanted()))
                && u.wanted().differencesFrom(byUnits.get(units(u.wanted()))).isEmpty()).toList();
        var splitNow = pending.splits().stream().filter(s -> s.parts().stream().allMatch(p -> byUnits.containsKey(units(p)))).toList();
        created += createdNow.size();
        updated += updatedNow.size();
        split += splitNow.size();
        createdNow.forEach(u -> publishedBefore.add(key(u)));
        var confirmed = new PublicationPlan(createdNow, updatedNow, splitNow, List.of());
        LOG.info("publication to {}: the read shows {} of {} new units, {} of {} updates, {} of {} splits", target.id(),
                createdNow.size(), pending.creations().size(), updatedNow.size(), pending.updates().size(), splitNow.size(),
                pending.splits().size());
        if (!confirmed.isEmpty()) {
            shown.accept(confirmed);
        }
    }

    private Outcome outcome(WantedUnits wanted, List<PublishedUnit> notShown, PublicationPlan left) {
        var refused = new ArrayList<>(wanted.refused());
        refused.addAll(refusedByTarget);
        notShown.forEach(u -> refused.add(new Refusal(u.sourceRegistry(), u.blockId(), u.registry(), u.issuanceId(), u.range(),
                u.tonnes(), "published before but not shown by " + target.id() + " now: never created twice")));
        return new Outcome(created, updated, split, rounds, refused, left);
    }

    /** The plan without creating again units shown before: a read that misses them must not list the same tonnes twice. */
    private static PublicationPlan onceOnly(PublicationPlan plan, List<PublishedUnit> notShown) {
        if (notShown.isEmpty()) {
            return plan;
        }
        return new PublicationPlan(plan.creations().stream().filter(u -> !notShown.contains(u)).toList(), plan.updates(),
                plan.splits(), plan.orphans());
    }

    private static PublicationPlan without(PublicationPlan plan, Set<String> refused) {
        if (refused.isEmpty()) {
            return plan;
        }
        return new PublicationPlan(plan.creations().stream().filter(u -> !refused.contains(key(u))).toList(),
                plan.updates().stream().filter(u -> !refused.contains(key(u.wanted()))).toList(),
                plan.splits().stream().filter(s -> !refused.contains(key(s.published()))).toList(), plan.orphans());
    }

    /**
     * The units a unit holds, wherever its serial numbers name them: Verra's units under another
     * issuance (batch) number are the same units.
     */
    private static String units(PublishedUnit unit) {
        return unit.scope() + " " + unit.range();
    }

    /** A unit by its serials (registry, issuance, range), as the ledger names a published unit. */
    public static String key(PublishedUnit unit) {
        return key(unit.registry(), unit.issuanceId(), unit.range().toString());
    }

    private static String key(String registry, String issuance, String range) {
        return registry + " " + (issuance == null ? "" : issuance + " ") + range;
    }
}
