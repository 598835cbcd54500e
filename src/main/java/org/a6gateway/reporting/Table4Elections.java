package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.a6gateway.units.Party;

/**
 * What a Party decides and gives for its Table 4: its NDC years, its accounting elections, the
 * latest inventory year, the ITMOs it used towards its NDC (row 7) and its inventory (row 3) per
 * year, which authorizations count, and which way to compute (docs/domain.md §6).
 */
public record Table4Elections(Party party, int firstYear, int lastYear, Scope scope, Mode mode, Target target,
                              Method method, int inventoryYear, SortedMap<Integer, BigDecimal> used,
                              SortedMap<Integer, BigDecimal> inventory) {

    /** Every authorization, or only those published on the UNFCCC's reporting platform (CARP). */
    public enum Scope { ALL, CARP }

    /**
     * {@code TOOL_COMPATIBLE}: as the GS/Verra reporting tool v1 computes (it counts blocks whose
     * first transfer cannot be known in row 10); {@code CORRECTED}: by the gateway's first-transfer
     * rule, leaving unresolved blocks out and listing them.
     */
    public enum Mode { TOOL_COMPATIBLE, CORRECTED }

    public enum Target { SINGLE_YEAR, MULTI_YEAR }

    /** For a single-year NDC: annual adjustments along a trajectory, or averaging. */
    public enum Method { TRAJECTORY, AVERAGING }

    /** Years of NDCs, inventories and reports: anything else is a typo or an attack. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    public Table4Elections {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("years " + firstYear + "-" + lastYear + " run backwards");
        }
        if (firstYear < FIRST_YEAR || lastYear > LAST_YEAR || inventoryYear < FIRST_YEAR || inventoryYear > LAST_YEAR) {
            throw new IllegalArgumentException("years " + firstYear + "-" + lastYear + " and inventory year " + inventoryYear
                    + " must lie within " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        used = new TreeMap<>(used);
        inventory = new TreeMap<>(inventory);
        inside("ITMOs used", used, firstYear, lastYear);
        inside("the inventory", inventory, firstYear, lastYear);
    }

    /** A figure for a year the table does not show would be silently dropped: refused instead. */
    private static void inside(String what, SortedMap<Integer, BigDecimal> byYear, int firstYear, int lastYear) {
        byYear.keySet().stream().filter(y -> y < firstYear || y > lastYear).findFirst().ifPresent(y -> {
            throw new IllegalArgumentException(what + " given for " + y + ", outside the years " + firstYear + "-" + lastYear);
        });
    }

    public Table4Elections withMode(Mode other) {
        return new Table4Elections(party, firstYear, lastYear, scope, other, target, method, inventoryYear, used, inventory);
    }

    public boolean averaging() {
        return target == Target.SINGLE_YEAR && method == Method.AVERAGING;
    }

    /** "tool-compatible", "single-year": the names the CLI and the API take and every output shows. */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        for (E value : type.getEnumConstants()) {
            if (name(value).equalsIgnoreCase(text.strip()) || value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        var names = java.util.Arrays.stream(type.getEnumConstants()).map(Table4Elections::name).toList();
        throw new IllegalArgumentException(what + " '" + text + "' is not one of " + String.join(", ", names));
    }
}
