package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.a6gateway.authorization.CoveredProjects;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What lets a sync reconcile only what changed ({@link SweptScopes}): when any fault is mended and
 * any other made (the same one too), the scopes whose blocks changed, whose national records or ledger expectations have
 * another digest, whose projects a changed or capped authorization covers, or that had a finding
 * before, find everything a full reconciliation finds, and the other scopes find nothing.
 */
class ScopedReconcilerProperties {

    private final Reconciler reconciler = new Reconciler();

    // each try reconciles every pair of the 17 faults, 289 worlds: 8 tries keep CI under its 15 minutes
    @Property(tries = 8)
    void theChangedScopesFindWhatTheWholeStoreFinds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int blocks) {
        for (Faults first : Faults.values()) {
            for (Faults second : Faults.values()) {
                var before = RandomWorlds.consistent(seed, blocks);
                first.inject(before, new Random(seed ^ first.ordinal()));
                var after = RandomWorlds.consistent(seed, blocks);
                second.inject(after, new Random(seed ^ (31L * second.ordinal() + 7)));

                var swept = swept(before, after);
                var scoped = reconciler.reconcile(after.snapshot().withBlocks(BlockSource.of(after.blocks.stream()
                        .filter(b -> swept.contains(scope(b))).toList())), swept::contains);

                assertThat(scoped).as("%s then %s, %d blocks, seed %d", first, second, blocks, seed)
                        .containsExactlyElementsOf(after.reconcile());
            }
        }
    }

    @Property(tries = 100)
    void theSameRecordsInAnyOrderHaveTheSameDigests(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int blocks) {
        var fault = Faults.values()[Math.floorMod(seed, Faults.values().length)];
        var world = RandomWorlds.consistent(seed, blocks);
        fault.inject(world, new Random(seed));
        var shuffled = RandomWorlds.consistent(seed, blocks);
        fault.inject(shuffled, new Random(seed));
        var random = new Random(seed);
        Stream.of(shuffled.authorizations, shuffled.pairs, shuffled.actions, shuffled.adjustments)
                .forEach(list -> Collections.shuffle(list, random));

        var digests = digests(world.snapshot());
        assertThat(digests).isEqualTo(digests(shuffled.snapshot()));
        assertThat(ReconciledScopes.differing(digests, digests(shuffled.snapshot()))).isEmpty();
    }

    /** SweptScopes's rule, on two worlds instead of a store's notes. */
    private Set<Scope> swept(World before, World after) {
        var swept = new HashSet<Scope>();
        changed(before.blocks, after.blocks).forEach(b -> swept.add(scope(b)));
        swept.addAll(ReconciledScopes.differing(digests(before.snapshot()), digests(after.snapshot())));
        before.reconcile().forEach(d -> swept.add(new Scope(d.registry(), d.issuance())));
        var projects = changed(before.authorizations, after.authorizations)
                .flatMap(a -> CoveredProjects.of(a).stream()).collect(Collectors.toSet());
        Stream.concat(before.blocks.stream(), after.blocks.stream())
                .filter(b -> projects.contains(new BlockStore.Project(b.program(), b.projectId(), b.hostCountry())))
                .forEach(b -> swept.add(scope(b)));
        swept.addAll(capped(after));
        return swept;
    }

    private Set<Scope> capped(World world) {
        var projects = world.authorizations.stream().filter(a -> a.quantityCap() != null).flatMap(a -> CoveredProjects.of(a).stream())
                .collect(Collectors.toSet());
        return world.blocks.stream().filter(b -> projects.contains(new BlockStore.Project(b.program(), b.projectId(), b.hostCountry())))
                .map(this::scope).collect(Collectors.toSet());
    }

    /** The records only one of the lists holds as they are (added, removed or changed), both versions of a changed one. */
    private static <T> Stream<T> changed(List<T> before, List<T> after) {
        var kept = new HashSet<>(before);
        kept.retainAll(after);
        return Stream.concat(before.stream(), after.stream()).filter(r -> !kept.contains(r));
    }

    /** What the reconciliation digests of a snapshot, as a run computes it (national side built once). */
    private Map<Scope, String> digests(Snapshot snapshot) {
        return reconciler.digests(snapshot, reconciler.national(snapshot));
    }

    private Scope scope(BlockRecord block) {
        return reconciler.scope(block.program(), block.issuanceId());
    }
}
