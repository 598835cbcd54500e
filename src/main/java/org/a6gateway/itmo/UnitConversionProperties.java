package org.a6gateway.itmo;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code a6.units.conversions.<PROGRAM>.<UNIT_TYPE>=<serial units a tonne>}, e.g.
 * {@code a6.units.conversions.KVS.MCC=1000}: the Party's declaration that lets kilogram credits be
 * minted as whole-tonne ITMOs (docs/units.md). None by default.
 */
@ConfigurationProperties("a6.units")
record UnitConversionProperties(Map<String, Map<String, Long>> conversions) {

    UnitConversions toConversions() {
        return new UnitConversions(conversions == null ? Map.of() : conversions);
    }
}
