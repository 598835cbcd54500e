package org.a6gateway.reconciliation;

import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.units.SerialRange;

/** A block of the private registry. */
record PrivateBlock(Scope scope, BlockRecord block) implements Span {

    @Override
    public SerialRange units() {
        return block.range();
    }

    @Override
    public String subject() {
        return "block " + block.blockId();
    }
}
