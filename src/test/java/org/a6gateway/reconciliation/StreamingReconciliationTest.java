package org.a6gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.a6gateway.blocks.BlockRecord;
import org.junit.jupiter.api.Test;

/**
 * The reconciler reads the private blocks as a stream, once, in the store's sweep order, and finds
 * exactly what the batch reconciler (every block listed and sorted with the national records)
 * found: the golden file holds the batch reconciler's discrepancies on the mixed worlds.
 */
class StreamingReconciliationTest {

    @Test
    void findsWhatTheBatchReconcilerFoundOnMixedWorldsWithInterleavedVerraIssuances() throws IOException {
        var found = new StringBuilder(MixedWorlds.render(MixedWorlds.verraInterleaved().reconcile()));
        for (long seed = 1; seed <= 12; seed++) {
            found.append("# seed ").append(seed).append('\n').append(MixedWorlds.render(MixedWorlds.faulty(seed, 120).reconcile()));
        }

        assertThat(found.toString()).isEqualTo(golden());
    }

    @Test
    void readsTheBlocksOnceInOrderAndNeverAsAList() {
        var world = MixedWorlds.faulty(5, 120);
        var once = new OnceInOrder(world.blocks);

        var found = new Reconciler().reconcile(new Snapshot(once, world.authorizations, world.pairs, world.actions,
                world.adjustments, world.ledger));

        assertThat(once.handed).isEqualTo(world.blocks.size());
        assertThat(found).isEqualTo(world.reconcile());
        assertThatThrownBy(() -> once.forEach(b -> { })).isInstanceOf(IllegalStateException.class);
    }

    /** Verra issuances in the store's issuance order interleave by serial: the sweep refuses them rather than mis-merging. */
    @Test
    void refusesGloballyNumberedBlocksInIssuanceOrder() {
        var world = MixedWorlds.verraInterleaved();
        var byIssuance = world.blocks.stream()
                .sorted(Comparator.comparing(BlockRecord::issuanceId).thenComparingLong(BlockRecord::blockStart)).toList();

        assertThatThrownBy(() -> new Reconciler().reconcile(new Snapshot(byIssuance::forEach, world.authorizations, world.pairs,
                world.actions, world.adjustments, world.ledger)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of serial order");
    }

    private static String golden() throws IOException {
        try (var in = Objects.requireNonNull(StreamingReconciliationTest.class.getResourceAsStream("mixed-worlds.golden.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A cursor: hands each block over once, in sweep order, and cannot be rewound. */
    private static final class OnceInOrder implements BlockSource {

        private final List<BlockRecord> sorted;
        private boolean used;
        int handed;

        OnceInOrder(List<BlockRecord> blocks) {
            sorted = new ArrayList<>(blocks);
            sorted.sort(BlockSource.order(Reconciler.GLOBALLY_NUMBERED));
        }

        @Override
        public void forEach(Consumer<BlockRecord> action) {
            if (used) {
                throw new IllegalStateException("the blocks were asked for twice");
            }
            used = true;
            for (BlockRecord block : sorted) {
                handed++;
                action.accept(block);
            }
        }
    }
}
