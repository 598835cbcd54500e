package org.a6gateway.reconciliation;

import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.units.SerialRange;

/**
 * A block of the private registry, with whether one of its authorized labels holds and whether its
 * units are claimed (retired or cancelled for no authorized use): decided when the block arrives,
 * carried with it rather than remembered per block beside the sweep.
 */
record PrivateBlock(Scope scope, BlockRecord block, boolean authorized, boolean claimed) implements Span {

    @Override
    public SerialRange units() {
        return block.range();
    }

    @Override
    public String subject() {
        return "block " + block.blockId();
    }
}
