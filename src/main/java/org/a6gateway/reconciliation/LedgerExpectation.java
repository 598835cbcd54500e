package org.a6gateway.reconciliation;

import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.units.SerialRange;

/**
 * What the gateway's ledger says it left on a private registry ({@code heldAt}; null: any) and
 * that should still be there: a label ({@code code}) or an ITMO reference ({@code itmoId}, the
 * first ITMO of the block).
 */
record LedgerExpectation(Scope scope, SerialRange units, String code, String itmoId, String heldAt) implements Span {

    static LedgerExpectation label(Scope scope, SerialRange units, String code, String heldAt) {
        return new LedgerExpectation(scope, units, code, null, heldAt);
    }

    static LedgerExpectation reference(Scope scope, SerialRange units, String itmoId, String heldAt) {
        return new LedgerExpectation(scope, units, null, itmoId, heldAt);
    }

    /** Whether the block is one the change was made on: held at the registry it went to. */
    boolean concerns(BlockRecord block) {
        return heldAt == null || heldAt.equals(block.sourceRegistry());
    }

    boolean isLabel() {
        return code != null;
    }

    @Override
    public String subject() {
        return isLabel() ? "ledger: label " + code : "ledger: ITMO reference " + itmoId;
    }
}
