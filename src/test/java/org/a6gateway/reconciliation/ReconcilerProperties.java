package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** docs/domain.md §7 through the reconciler: consistent registries give nothing; one fault of each type is found where it is. */
class ReconcilerProperties {

    @Property(tries = 200)
    void consistentRegistriesReconcileToNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int blocks) {
        assertThat(RandomWorlds.consistent(seed, blocks).reconcile()).isEmpty();
    }

    @Property(tries = 60)
    void everyInjectedFaultIsFoundOnItsUnits(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int blocks) {
        for (Faults fault : Faults.values()) {
            var world = RandomWorlds.consistent(seed, blocks);
            var expected = fault.inject(world, new Random(seed ^ fault.ordinal()));

            var found = world.reconcile();

            assertThat(found).as("%s in a world of %d blocks (seed %d)", fault, blocks, seed)
                    .isNotEmpty().allSatisfy(d -> assertThat(d.type()).isEqualTo(expected.type()))
                    .anySatisfy(d -> {
                        assertThat(d.registry()).isEqualTo(expected.registry());
                        assertThat(d.issuance()).isEqualTo(expected.issuance());
                        assertThat(d.units()).isEqualTo(expected.units());
                    });
        }
    }
}
