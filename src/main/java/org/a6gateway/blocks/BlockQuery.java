package org.a6gateway.blocks;

import java.util.Set;
import org.a6gateway.units.Serial;

/**
 * Which stored blocks a range lookup wants: those of a registry (and, optionally, one issuance)
 * holding any unit of [{@code firstUnit}, {@code lastUnit}]. A null registry or issuance does not
 * narrow the lookup; {@link #ALL} wants every block.
 */
public record BlockQuery(String registry, String issuance, long firstUnit, long lastUnit) {

    /** Programs that number their units across the whole registry (Verra): a batch number does not narrow them. */
    public static final Set<String> NUMBERED_ACROSS_ISSUANCES = Set.of("VCS");

    /** Where a serial names one unit: an issuance of a program, or the whole program when it numbers units across issuances. */
    public static String scope(String program, String issuance) {
        return NUMBERED_ACROSS_ISSUANCES.contains(program) ? program : program + '\u0000' + issuance;
    }

    public static final BlockQuery ALL = new BlockQuery(null, null, 0, Long.MAX_VALUE);

    public BlockQuery {
        if (registry == null && (issuance != null || firstUnit != 0 || lastUnit != Long.MAX_VALUE)) {
            throw new IllegalArgumentException("an issuance or a unit range needs its registry: unit serials are numbered per registry");
        }
        if (firstUnit < 0 || lastUnit < firstUnit) {
            throw new IllegalArgumentException("units " + firstUnit + "-" + lastUnit + " are not a range");
        }
    }

    /** The blocks holding any unit a serial (range) names, in its registry and, where units restart per issuance, its issuance. */
    public static BlockQuery covering(Serial serial) {
        var issuance = NUMBERED_ACROSS_ISSUANCES.contains(serial.registry()) ? null : serial.issuance();
        return new BlockQuery(serial.registry(), issuance, serial.range().start(), serial.range().end());
    }
}
