package org.a6gateway.reconciliation;

import org.a6gateway.units.SerialRange;

/**
 * One change the gateway's ledger records as acknowledged by a registry, in ledger order, reduced
 * to what the reconciliation compares: which units, which label or ITMO identifier.
 */
public record LedgerChange(Kind kind, String registry, String issuance, SerialRange units, String code, String itmoId) {

    public enum Kind {
        LABEL_APPLIED, LABEL_REMOVED, PAIR_REGISTERED, REFERENCE_ATTACHED
    }

    public static LedgerChange label(boolean applied, String registry, String issuance, SerialRange units, String code) {
        return new LedgerChange(applied ? Kind.LABEL_APPLIED : Kind.LABEL_REMOVED, registry, issuance, units, code, null);
    }

    public static LedgerChange pairRegistered(String registry, String issuance, SerialRange units, String firstItmoId) {
        return new LedgerChange(Kind.PAIR_REGISTERED, registry, issuance, units, null, firstItmoId);
    }

    public static LedgerChange referenceAttached(String registry, String issuance, SerialRange units, String firstItmoId) {
        return new LedgerChange(Kind.REFERENCE_ATTACHED, registry, issuance, units, null, firstItmoId);
    }
}
