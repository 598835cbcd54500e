package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reconciling 100,000 generated blocks (with their labels, ITMO pairs, actions, adjustments and
 * ledger) fits in 512 MB of heap: surefire runs this class in a JVM started with -Xmx512m.
 * Speed is measured by the bench command, not here.
 */
class ReconcilerHeapIT {

    @Test
    void runsInAJvmCappedAt512Megabytes() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
    }

    @Test
    void reconcilesOneHundredThousandBlocksUnder512Megabytes() {
        var world = RandomWorlds.consistent(20261122L, 100_000);
        assertThat(world.blocks).hasSize(100_000);
        assertThat(world.pairs).hasSizeGreaterThan(20_000);

        assertThat(world.reconcile()).isEmpty();

        var expected = Faults.OVERLAPPING_SERIALS.inject(world, new Random(7));
        assertThat(world.reconcile()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(expected.type());
            assertThat(d.units()).isEqualTo(expected.units());
        });
    }
}
