package org.a6gateway.authorization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Stretches;

/**
 * Takes an authorization's quantity cap up block by block, in the order given, each serial unit
 * once: units a block shares with a block taken up before (the same units under a second block id)
 * are labelled again without taking the cap twice. Scopes as serials name units: an issuance of a
 * program, or the whole program where it numbers units across issuances (Verra). Pure.
 */
public final class CapTakeUp {

    private BigDecimal remaining;
    private final Map<String, Stretches> taken = new HashMap<>();

    /** {@code cap} in t CO2e; null is no cap. */
    public CapTakeUp(Long cap) {
        this.remaining = cap == null ? null : BigDecimal.valueOf(cap);
    }

    /**
     * The block's units within what is left of the cap, from its first unit (whole units only;
     * none when not even its first unit fits), its new units taking the cap up.
     */
    public Optional<SerialRange> take(String program, String issuance, SerialRange range, BigDecimal unitSize) {
        if (remaining == null) {
            return Optional.of(range);
        }
        var scope = taken.computeIfAbsent(BlockQuery.scope(program, issuance), k -> new Stretches());
        long end = range.end();
        for (SerialRange fresh : scope.missing(range)) {
            long fits = remaining.divide(unitSize, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(fresh.quantity())).longValueExact();
            remaining = remaining.subtract(unitSize.multiply(BigDecimal.valueOf(fits)));
            if (fits < fresh.quantity()) {
                end = fresh.start() + fits - 1;
                break;
            }
        }
        if (end < range.start()) {
            return Optional.empty();
        }
        var labelled = SerialRange.of(range.start(), end);
        scope.add(labelled);
        return Optional.of(labelled);
    }
}
