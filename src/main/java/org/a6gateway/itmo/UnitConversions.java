package org.a6gateway.itmo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.units.UnitSize;

/**
 * The conversions a Party declared from a programme's serial units to ITMOs, one t CO2e each:
 * programme → unit type → serial units a tonne (KVS → MCC → 1000 for kilogram mini credits). Pure.
 * A declaration is taken only when it agrees exactly with the block's own unit size
 * (units a tonne × t a unit = 1): a mistyped one must hold units back, not mint wrong ITMOs.
 * Without one, units of one tonne are one ITMO each and any other size is held back.
 */
public final class UnitConversions {

    public static final UnitConversions NONE = new UnitConversions(Map.of());

    private final Map<String, Map<String, Long>> unitsPerTonne = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public UnitConversions(Map<String, Map<String, Long>> declared) {
        declared.forEach((program, byType) -> {
            var types = new TreeMap<String, Long>(String.CASE_INSENSITIVE_ORDER);
            byType.forEach((type, units) -> {
                if (units == null || units < 1) {
                    throw new IllegalArgumentException("a conversion declares a positive whole number of units a tonne, not "
                            + units + " for " + program + " " + type);
                }
                types.put(type, units);
            });
            unitsPerTonne.put(program, types);
        });
    }

    /** How many of the block's units make one ITMO, or why none may. */
    Conversion of(BlockRecord block) {
        var size = new UnitSize(block.unitSize());
        Long declared = block.unitType() == null ? null
                : unitsPerTonne.getOrDefault(block.program(), Map.of()).get(block.unitType());
        boolean oneTonne = size.tonnesPerUnit().compareTo(BigDecimal.ONE) == 0;
        if (declared == null) {
            return oneTonne ? Conversion.of(1) : Conversion.refused(HeldBackReason.UNIT_NOT_ONE_TONNE,
                    "a serial unit of " + block.program() + " " + block.unitType() + " is " + size + " t CO2e and no conversion"
                            + " to ITMOs is declared (a6.units.conversions." + block.program() + "." + block.unitType() + ")");
        }
        if (size.tonnes(declared).compareTo(BigDecimal.ONE) != 0) {
            return Conversion.refused(HeldBackReason.CONVERSION_DISAGREES, "the declared conversion of " + declared
                    + " units a tonne for " + block.program() + " " + block.unitType() + " makes " + size.tonnes(declared)
                    + " t CO2e of units of " + size + " t, not one tonne");
        }
        return Conversion.of(declared);
    }

    /** {@code unitsPerItmo} units make one ITMO; or {@code reason} says why the block's units may not be minted. */
    record Conversion(long unitsPerItmo, HeldBackReason reason, String detail) {

        static Conversion of(long unitsPerItmo) {
            return new Conversion(unitsPerItmo, null, null);
        }

        static Conversion refused(HeldBackReason reason, String detail) {
            return new Conversion(0, reason, detail);
        }

        boolean refused() {
            return reason != null;
        }
    }
}
