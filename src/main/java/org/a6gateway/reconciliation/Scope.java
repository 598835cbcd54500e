package org.a6gateway.reconciliation;

import java.util.Comparator;

/**
 * Where serial numbers are unique: one underlying registry, and one issuance of it unless the
 * registry numbers its units across issuances (Verra), when {@code issuance} is null. Numeric
 * issuances are compared without leading zeros, as ITMO serials embed them.
 */
record Scope(String registry, String issuance) implements Comparable<Scope> {

    private static final Comparator<Scope> ORDER = Comparator.comparing(Scope::registry)
            .thenComparing(Scope::issuance, Comparator.nullsFirst(Comparator.naturalOrder()));

    static Scope of(String registry, String issuance, boolean globallyNumbered) {
        if (globallyNumbered || issuance == null) {
            return new Scope(registry, null);
        }
        return new Scope(registry, issuance.matches("\\d+") ? issuance.replaceFirst("^0+(?=\\d)", "") : issuance);
    }

    @Override
    public int compareTo(Scope other) {
        return ORDER.compare(this, other);
    }
}
