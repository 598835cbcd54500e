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
        return new Scope(registry, numeric(issuance) ? withoutLeadingZeros(issuance) : issuance);
    }

    // by hand rather than by regular expression: the reconciler asks once per block, a million times
    static boolean numeric(String issuance) {
        if (issuance.isEmpty()) {
            return false;
        }
        for (int i = 0; i < issuance.length(); i++) {
            if (issuance.charAt(i) < '0' || issuance.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Keeps the last digit: "000" is "0". */
    private static String withoutLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    @Override
    public int compareTo(Scope other) {
        return ORDER.compare(this, other);
    }
}
