package org.a6gateway.blocks;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.a6gateway.units.SerialRange;

/**
 * Counts each serial unit once in a total, however many block ids a registry sends it under: for
 * each block, the part of its range that no earlier block of its scope holds. A scope is where
 * serial numbers are unique: one issuance of a program, or a whole program that numbers its units
 * across issuances (Verra).
 *
 * <p>Blocks must come in scope order, each scope's by first unit ({@link BlockStore#forEachInSerialOrder}
 * gives that order, as {@link BlockStore#forEachOfIssuances} does for programs numbered per issuance):
 * then every earlier block of the scope starts at or before this one, so what they hold of it is
 * one stretch from its first unit, and one number per scope (the last unit counted) is all the
 * state a million blocks need. Units held twice belong to the block that starts first; at the same
 * first unit, to the one the store gives first, the block it stored first.
 */
public final class UnitsCountedOnce {

    private final Set<String> numberedAcrossIssuances;
    private String program;
    private String issuance;
    private long lastStart = -1;
    private long countedUpTo = -1;

    /** Scopes as the store's programs number their units ({@link BlockQuery#NUMBERED_ACROSS_ISSUANCES}). */
    public UnitsCountedOnce() {
        this(BlockQuery.NUMBERED_ACROSS_ISSUANCES);
    }

    public UnitsCountedOnce(Set<String> numberedAcrossIssuances) {
        this.numberedAcrossIssuances = Set.copyOf(numberedAcrossIssuances);
    }

    /** The block's units not counted yet (then counted), or none when an earlier block holds them all. */
    public Optional<SerialRange> counted(BlockRecord block) {
        String scopeIssuance = numberedAcrossIssuances.contains(block.program()) ? null : block.issuanceId();
        if (!block.program().equals(program) || !Objects.equals(scopeIssuance, issuance)) {
            program = block.program();
            issuance = scopeIssuance;
            lastStart = -1;
            countedUpTo = -1;
        }
        if (block.blockStart() < lastStart) {
            throw new IllegalStateException("block " + block.blockId() + " starts at " + block.blockStart()
                    + ", before a block read earlier in its scope (" + lastStart + "): blocks must come by first unit");
        }
        lastStart = block.blockStart();
        long from = Math.max(block.blockStart(), countedUpTo + 1);
        if (from > block.blockEnd()) {
            return Optional.empty();
        }
        countedUpTo = block.blockEnd();
        return Optional.of(SerialRange.of(from, block.blockEnd()));
    }

    /** The block's t CO2e an earlier block already counted (then counts the rest): zero for a block holding units of its own only. */
    public BigDecimal countedBefore(BlockRecord block) {
        long counted = counted(block).map(SerialRange::quantity).orElse(0L);
        return block.unitSize().multiply(BigDecimal.valueOf(block.quantity() - counted));
    }
}
