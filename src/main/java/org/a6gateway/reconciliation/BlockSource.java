package org.a6gateway.reconciliation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.a6gateway.blocks.BlockRecord;

/**
 * The private registry's blocks, handed over one at a time in sweep order: the blocks of one
 * scope together, by first unit (a globally numbered registry's issuances merged into one run).
 * The reconciler reads them once and keeps only those open at the current unit, so a store can
 * stream them from a cursor instead of holding a million in memory.
 */
@FunctionalInterface
public interface BlockSource {

    void forEach(Consumer<BlockRecord> action);

    /** A list in any order, sorted here (stable: blocks on the same first unit keep the list's order). */
    static BlockSource of(List<BlockRecord> blocks) {
        var sorted = blocks.stream().sorted(order(Reconciler.GLOBALLY_NUMBERED)).toList();
        return sorted::forEach;
    }

    /** Sweep order for the registries given as globally numbered. */
    static Comparator<BlockRecord> order(Set<String> globallyNumbered) {
        return Comparator.comparing((BlockRecord b) -> Scope.of(b.program(), b.issuanceId(), globallyNumbered.contains(b.program())))
                .thenComparingLong(BlockRecord::blockStart);
    }
}
