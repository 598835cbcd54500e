package org.a6gateway.reconciliation;

import org.a6gateway.units.SerialRange;

/**
 * One change the gateway's ledger records as acknowledged by a registry, in ledger order, reduced
 * to what the reconciliation compares: which units ({@code registry} is their programme), which
 * label or ITMO identifier, and at which private registry ({@code heldAt}; null: wherever the
 * units are held).
 */
public record LedgerChange(Kind kind, String registry, String issuance, SerialRange units, String code, String itmoId,
                           String heldAt) {

    public enum Kind {
        LABEL_APPLIED, LABEL_REMOVED, PAIR_REGISTERED, REFERENCE_ATTACHED
    }

    public static LedgerChange label(boolean applied, String registry, String issuance, SerialRange units, String code) {
        return new LedgerChange(applied ? Kind.LABEL_APPLIED : Kind.LABEL_REMOVED, registry, issuance, units, code, null, null);
    }

    public static LedgerChange pairRegistered(String registry, String issuance, SerialRange units, String firstItmoId) {
        return new LedgerChange(Kind.PAIR_REGISTERED, registry, issuance, units, null, firstItmoId, null);
    }

    public static LedgerChange referenceAttached(String registry, String issuance, SerialRange units, String firstItmoId) {
        return new LedgerChange(Kind.REFERENCE_ATTACHED, registry, issuance, units, null, firstItmoId, null);
    }

    /** The same change, made at this registry: only the blocks it holds are expected to show it. */
    public LedgerChange at(String sourceRegistry) {
        return new LedgerChange(kind, registry, issuance, units, code, itmoId, sourceRegistry);
    }
}
