package org.a6gateway.reconciliation;

import org.a6gateway.units.SerialRange;

/**
 * What the gateway's ledger says it left on the private registry and that should still be there:
 * a label ({@code code}) or an ITMO reference ({@code itmoId}, the first ITMO of the block).
 */
record LedgerExpectation(Scope scope, SerialRange units, String code, String itmoId) implements Span {

    static LedgerExpectation label(Scope scope, SerialRange units, String code) {
        return new LedgerExpectation(scope, units, code, null);
    }

    static LedgerExpectation reference(Scope scope, SerialRange units, String itmoId) {
        return new LedgerExpectation(scope, units, null, itmoId);
    }

    boolean isLabel() {
        return code != null;
    }

    @Override
    public String subject() {
        return isLabel() ? "ledger: label " + code : "ledger: ITMO reference " + itmoId;
    }
}
